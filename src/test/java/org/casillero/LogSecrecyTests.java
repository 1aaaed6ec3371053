package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
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
    private static final String NEW_PASSWORD = "An0ther-pa55-that-must-not-leak";
    private static final String WRONG_KEY = "WrongKeyThatMustNotLeakEitherAAAAAAAAAAAAA=";

    /**
     * The tracing again, as the test begins: an application another test starts and stops in this JVM
     * may have reset the levels this server's context set.
     */
    @BeforeEach
    void traceSqlParameters() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.jdbc.core", LogLevel.TRACE);
    }

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
        ObjectNode login = appCredentials();
        login.put("customer_email", customer.email());
        login.put("customer_password", PASSWORD);
        box.post(BoxClient.CUSTOMER + "customer-login", login);
        ObjectNode password = customer.credentials();
        password.put("customer_email", customer.email());
        password.put("customer_new_password", NEW_PASSWORD);
        box.post(BoxClient.CUSTOMER + "customer-update-password", password);
        ObjectNode email = customer.credentials();
        email.put("customer_current_email", customer.email());
        email.put("customer_new_email", uniqueEmail());
        String newKey = box.post(BoxClient.CUSTOMER + "customer-update-email", email)
                .first()
                .get("customer_key")
                .asString();

        // The access log is written from a thread of its own: its line may come a moment after the answer.
        String lastLine = "POST /wcf-services/service-customer.svc/customer/customer-update-email -> 200";
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> output.getAll().contains(lastLine));
        String log = output.getAll();
        assertThat(info.verified()).isTrue();
        assertThat(log).contains("Setting SQL statement parameter value"); // the tracing really is on
        assertThat(newKey).isNotEqualTo(key);
        assertThat(log).doesNotContain(PASSWORD, NEW_PASSWORD, key, newKey, WRONG_KEY, Seeds.APP_KEY);
        assertThat(log)
                .contains("[" + info.headers().firstValue("Request-Id").orElseThrow() + "]")
                .contains("POST /wcf-services/service-customer.svc/customer/customer-get-info -> 200");
    }
}
