package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Passwords, app keys and customer keys never reach a log line, even with SQL parameter tracing on;
 * every request's lines carry its request id.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"logging.level.org.springframework.jdbc.core=TRACE"})
class LogSecrecyTests extends BoxApiTest {
    private static final String PASSWORD = "Pa55-w0rd-that-must-not-leak";
    private static final String WRONG_KEY = "WrongKeyThatMustNotLeakEitherAAAAAAAAAAAAA=";

    @Test
    void keepsSecretsOutOfTheLog(CapturedOutput output) {
        ObjectNode registration = registration(uniqueEmail());
        registration.put("customer_password", PASSWORD);
        var registered = box.post(BoxClient.CUSTOMER + "customer-registration", registration);
        String key = registered.first().get("customer_key").asString();
        Customer customer = new Customer(
                registered.first().get("customer_box_id").asLong(),
                key,
                registration.get("customer_email").asString());
        var info = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());
        ObjectNode wrong = customer.credentials();
        wrong.put("customer_key", WRONG_KEY);
        box.post(BoxClient.CUSTOMER + "customer-get-info", wrong);
        ObjectNode lookup = appCredentials();
        lookup.put("customer_email", customer.email());
        box.post(BoxClient.PARTNER_LOOKUP, lookup);

        String log = output.getAll();
        assertThat(info.verified()).isTrue();
        assertThat(log).contains("Setting SQL statement parameter value"); // the tracing really is on
        assertThat(log).doesNotContain(PASSWORD, key, WRONG_KEY, Seeds.APP_KEY);
        assertThat(log)
                .contains("[" + info.headers().firstValue("Request-Id").orElseThrow() + "]")
                .contains("POST /wcf-services/service-customer.svc/customer/customer-get-info -> 200");
    }
}
