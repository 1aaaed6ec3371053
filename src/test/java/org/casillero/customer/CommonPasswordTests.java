package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The list of common passwords, turned on by the operator (the 10,000 most common of zxcvbn's list,
 * from leaked password sets): refused wherever a password is set, in any case, naming the field.
 */
@TestPropertySource(properties = "casillero.passwords.refuse-common=10000")
class CommonPasswordTests extends BoxApiTest {
    private static final String COMMON = " is one of the most common passwords: choose another";

    @Test
    void refusesACommonPasswordAtRegistrationInAnyCase() {
        for (String password : new String[] {"password", "PassWord", "qwerty123", "iloveyou", "pass123"}) {
            BoxClient.Response refused = box.post(
                    PasswordPolicyTests.REGISTRATION,
                    PasswordPolicyTests.withPassword(registration(uniqueEmail()), password));

            assertCommon(refused, "customer_password", password);
        }
    }

    @Test
    void refusesACommonPasswordAtRegisterInfo() {
        BoxClient.Response refused = box.post(
                ActivationTests.REGISTER_INFO,
                PasswordPolicyTests.withPassword(ActivationTests.registerInfo(uniqueEmail()), "123456789"));

        assertCommon(refused, "customer_password", "123456789");
    }

    @Test
    void refusesACommonNewPasswordAndTakesAnUncommonOne() {
        Customer customer =
                register(PasswordPolicyTests.withPassword(registration(uniqueEmail()), "clave/Secreta1 del buzón"));
        ObjectNode change = customer.credentials();
        change.put("customer_email", customer.email());
        change.put("customer_new_password", "letmein");

        BoxClient.Response refused = box.post(PasswordPolicyTests.UPDATE_PASSWORD, change);
        change.put("customer_new_password", "n3w-s3cret! of mine");
        BoxClient.Response changed = box.post(PasswordPolicyTests.UPDATE_PASSWORD, change);

        assertCommon(refused, "customer_new_password", "letmein");
        assertThat(changed.verified()).as(changed.text()).isTrue();
    }

    private static void assertCommon(BoxClient.Response refused, String field, String password) {
        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        assertThat(refused.verified()).as(password).isFalse();
        assertThat(refused.errorLocation()).isEqualTo(field);
        assertThat(refused.errorDescription()).isEqualTo(field + COMMON);
        assertThat(refused.text()).doesNotContain("\"" + password + "\"");
    }
}
