package org.casillero.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.casillero.BoxApiTest;
import org.casillero.LeaveLoggingAlone;
import org.casillero.TestDatabase;
import org.casillero.admin.OperatorCommands.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

/**
 * A customer registers through the Box API with names that are terminal commands (an escape sequence
 * that retitles the window, one that clears the screen, the C1 form of an escape, a carriage return
 * that overprints the line, a bidi override that reverses what follows): the operator who lists it
 * sees each as U+FFFD, and the terminal obeys none.
 */
@ExtendWith(LeaveLoggingAlone.class)
class TerminalOutputTests extends BoxApiTest {
    private static final String RETITLE = "\u001b]0;pwned\u0007";
    private static final String CLEAR = "\u001b[2J";

    @Test
    void printsControlAndFormatCharactersOfStoredValuesAsReplacementCharacters() {
        ObjectNode registration = registration(uniqueEmail());
        registration.put("customer_first_name", RETITLE + "Ana");
        registration.put("customer_last_name", CLEAR + "P\u009b31m\u202eerez\rok");
        Customer customer = register(registration);

        Run byEmail = OperatorCommands.run(TestDatabase.properties(), "customer", "find", "--email", customer.email());
        Run byBox =
                OperatorCommands.run(TestDatabase.properties(), "customer", "find", "--box-id", "" + customer.boxId());

        for (Run run : new Run[] {byEmail, byBox}) {
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("\uFFFD]0;pwned\uFFFDAna").contains("\uFFFD[2JP\uFFFD31m\uFFFDerez\uFFFDok");
            assertThat(run.out().replace("\n", "").codePoints())
                    .as("control or format characters in %s", run.out())
                    .noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
        }
    }
}
