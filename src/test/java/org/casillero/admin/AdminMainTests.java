package org.casillero.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.casillero.CasilleroApplication;
import org.casillero.LeaveLoggingAlone;
import org.casillero.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The command line as the program runs it: its own application, without a web server, then stopped. */
@ExtendWith(LeaveLoggingAlone.class)
class AdminMainTests {
    @Test
    void runsACommandOnTheConfiguredDatabaseAndAnswersOnStandardOutput() {
        // A database of its own: the commands make no demo data, so it holds only what they made.
        Map<String, String> database = TestDatabase.freshProperties();
        Admin.run(
                CasilleroApplication.class,
                settings(database),
                new String[] {"partner", "create", "--copa-id", "700", "--name", "Tienda Uno"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Admin.run(
                CasilleroApplication.class,
                settings(database),
                new String[] {"partner", "list"},
                new PrintWriter(out),
                new PrintWriter(err));

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .startsWith("COPA_ID  NAME")
                .contains("\n700 ")
                .doesNotContain("\n616 ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void saysInOneLineWhyItCannotStart() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Admin.run(
                CasilleroApplication.class,
                new String[] {
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere",
                    "--casillero.server-secret=a-test-secret-of-at-least-32-characters",
                    "--spring.datasource.hikari.connection-timeout=1000"
                },
                new String[] {"partner", "list"},
                new PrintWriter(out),
                new PrintWriter(err));

        assertThat(status).isEqualTo(AdminCli.CANNOT_RUN);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .startsWith("error: Casillero could not start with these settings: ")
                .hasLineCount(1);
    }

    private static String[] settings(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }
}
