package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The password policy as the server starts by default: at least 6 characters wherever a password is
 * set (customer-registration, customer-register-info, customer-update-password), so that the
 * documentation's own {@code pass123} works; the list of common passwords is off.
 */
class PasswordPolicyTests extends BoxApiTest {
    static final String REGISTRATION = BoxClient.CUSTOMER + "customer-registration";
    static final String UPDATE_PASSWORD = BoxClient.CUSTOMER + "customer-update-password";
    static final String LOGIN = BoxClient.CUSTOMER + "customer-login";
    private static final String TOO_SHORT = " must have at least 6 characters";

    @Test
    void refusesARegistrationWithAPasswordShorterThanTheMinimumWithoutEchoingIt() {
        for (String password : new String[] {"x", "12345", "\u00e9t\u00e9!!"}) {
            BoxClient.Response refused = box.post(REGISTRATION, withPassword(registration(uniqueEmail()), password));

            assertRefused(refused, "customer_password", password);
        }
    }

    @Test
    void refusesARegisterInfoWithAPasswordShorterThanTheMinimum() {
        BoxClient.Response refused = box.post(
                ActivationTests.REGISTER_INFO, withPassword(ActivationTests.registerInfo(uniqueEmail()), "ab1"));

        assertRefused(refused, "customer_password", "ab1");
    }

    @Test
    void refusesANewPasswordShorterThanTheMinimumAndKeepsTheOldOne() {
        Customer customer = register();
        ObjectNode change = customer.credentials();
        change.put("customer_email", customer.email());
        change.put("customer_new_password", "z");

        BoxClient.Response refused = box.post(UPDATE_PASSWORD, change);

        assertRefused(refused, "customer_new_password", "z");
        assertThat(login(customer.email(), "pass123").verified())
                .as("the old password")
                .isTrue();
    }

    @Test
    void takesTheDocumentedPasswordAndCommonOnesWhileTheListIsOff() {
        Customer customer = register(withPassword(registration(uniqueEmail()), "pass123"));
        ObjectNode change = customer.credentials();
        change.put("customer_email", customer.email());
        change.put("customer_new_password", "password");

        BoxClient.Response changed = box.post(UPDATE_PASSWORD, change);

        assertThat(changed.verified()).as(changed.text()).isTrue();
        assertThat(login(customer.email(), "password").verified()).isTrue();
    }

    static ObjectNode withPassword(ObjectNode body, String password) {
        body.put("customer_password", password);
        return body;
    }

    BoxClient.Response login(String email, String password) {
        ObjectNode login = appCredentials();
        login.put("customer_email", email);
        login.put("customer_password", password);
        return box.post(LOGIN, login);
    }

    /** Refused as a field error in the Box envelope, with a fixed text that never holds the password. */
    static void assertRefused(BoxClient.Response refused, String field, String password) {
        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        assertThat(refused.verified())
                .as("a password of %d characters", password.length())
                .isFalse();
        assertThat(refused.errorLocation()).isEqualTo(field);
        assertThat(refused.errorDescription()).isEqualTo(field + TOO_SHORT);
        assertThat(refused.first().get("error").get("system_error").asBoolean()).isFalse();
        assertThat(refused.text()).doesNotContain("\"" + password + "\"");
    }
}
