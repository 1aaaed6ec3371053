package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.partner.TestPartners;
import org.casillero.partner.TestPartners.TestPartner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/** Who may do what: application credentials, customer credentials and the partner boundary. */
class CredentialTests extends BoxApiTest {
    private static final List<String> CUSTOMER_OPERATIONS = List.of(
            "customer-get-info",
            "customer-update-personal-info",
            "customer-update-type",
            "customer-update-email",
            "customer-update-password",
            "customer-update-address-info",
            "customer-activate-box");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void acceptsApplicationCredentialsInsideUserInfo() {
        ObjectNode registration = nested(registration(uniqueEmail()));
        Customer customer = register(registration);

        BoxClient.Response info = box.post(BoxClient.CUSTOMER + "customer-get-info", nested(customer.credentials()));
        BoxClient.Response lookup = box.post(BoxClient.PARTNER_LOOKUP, nested(lookup(customer.email())));

        assertThat(info.verified()).as(info.text()).isTrue();
        assertThat(lookup.first().get("customer_key").asString()).isEqualTo(customer.key());
    }

    @Test
    void answersEveryCredentialFailureAlike() {
        Customer customer = register();
        TestPartner other = TestPartners.create(context);
        Customer othersCustomer = registerFor(other);
        List<ObjectNode> failures = new ArrayList<>();
        failures.add(with(customer.credentials(), "user_code", 999_999));
        failures.add(with(customer.credentials(), "app_key", "0000d700707ad9a77f737e5df3db088a"));
        failures.add(with(customer.credentials(), "customer_key", othersCustomer.key()));
        failures.add(with(customer.credentials(), "customer_key", flipFirstCharacter(customer.key())));
        failures.add(with(customer.credentials(), "customer_box_id", 99_999_999));
        // The demo user with the right box id and key of another partner's customer.
        failures.add(othersCustomer.credentials());

        for (String operation : CUSTOMER_OPERATIONS) {
            List<String> answers = failures.stream()
                    .map(body -> box.post(BoxClient.CUSTOMER + operation, body).text())
                    .distinct()
                    .toList();

            assertThat(answers).as(operation).hasSize(1);
            assertThat(answers.getFirst()).contains("\"_verify\":false", "The credentials sent are not valid.");
        }
    }

    @Test
    void refusesAnApplicationCredentialFailureOnPartnerOperationsAlike() {
        Customer customer = register();
        ObjectNode unknownUser = with(lookup(customer.email()), "user_code", 999_998);
        ObjectNode wrongKey = with(lookup(customer.email()), "app_key", "not the key");

        assertThat(box.post(BoxClient.PARTNER_LOOKUP, unknownUser).text())
                .isEqualTo(box.post(BoxClient.PARTNER_LOOKUP, wrongKey).text())
                .contains("The credentials sent are not valid.");
        assertThat(box.post(
                                BoxClient.CUSTOMER + "customer-registration",
                                with(registration(uniqueEmail()), "app_key", "x"))
                        .errorDescription())
                .isEqualTo("The credentials sent are not valid.");
    }

    @Test
    void keepsAnotherPartnersApiUserAwayFromTheCustomers() {
        Customer customer = register();
        TestPartner other = TestPartners.create(context);
        ObjectNode asOther = customer.credentials();
        asOther.put("user_code", other.userCode());
        asOther.put("app_key", other.appKey());

        for (String operation : CUSTOMER_OPERATIONS) {
            assertThat(box.post(BoxClient.CUSTOMER + operation, asOther).errorDescription())
                    .isEqualTo("The credentials sent are not valid.");
        }
        ObjectNode lookup = lookup(customer.email());
        lookup.put("user_code", other.userCode());
        lookup.put("app_key", other.appKey());
        assertThat(box.post(BoxClient.PARTNER_LOOKUP, lookup).errorLocation()).isEqualTo("customer_email");
        lookup.put("copa_id", Seeds.COPA_ID);
        assertThat(box.post(BoxClient.PARTNER_LOOKUP, lookup).errorLocation()).isEqualTo("copa_id");
        ObjectNode registration = registration(uniqueEmail());
        registration.put("user_code", other.userCode());
        registration.put("app_key", other.appKey());
        assertThat(box.post(BoxClient.CUSTOMER + "customer-registration", registration)
                        .errorLocation())
                .isEqualTo("copa_id");
        assertThat(box.post(BoxClient.CUSTOMER + "customer-update-type", with(asOther, "customer_is_vip", true))
                        .verified())
                .isFalse();
        assertThat(box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials())
                        .first()
                        .get("is_vip")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void refusesADisabledApiUser() {
        TestPartner other = TestPartners.create(context);
        Customer customer = registerFor(other);
        jdbc.sql("update api_user set enabled = false where user_code = :code")
                .param("code", other.userCode())
                .update();

        BoxClient.Response response = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());

        assertThat(response.errorDescription()).isEqualTo("The credentials sent are not valid.");
    }

    @Test
    void findsTheCustomerByEmailInAnyCase() {
        Customer customer = register();

        BoxClient.Response response =
                box.post(BoxClient.PARTNER_LOOKUP, lookup(customer.email().toUpperCase()));

        assertThat(response.first().get("customer_box_id").asLong()).isEqualTo(customer.boxId());
        assertThat(response.first().get("customer_key").asString()).isEqualTo(customer.key());
    }

    @Test
    void answersNotFoundForAnUnknownEmail() {
        BoxClient.Response response = box.post(BoxClient.PARTNER_LOOKUP, lookup(uniqueEmail()));

        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo("customer_email");
    }

    @Test
    void namesTheMissingCredential() {
        ObjectNode noUser = registration(uniqueEmail());
        noUser.remove("user_code");
        ObjectNode noCustomerKey = register().credentials();
        noCustomerKey.remove("customer_key");

        assertThat(box.post(BoxClient.CUSTOMER + "customer-registration", noUser)
                        .errorLocation())
                .isEqualTo("user_code");
        assertThat(box.post(BoxClient.CUSTOMER + "customer-get-info", noCustomerKey)
                        .errorLocation())
                .isEqualTo("customer_key");
    }

    /** A customer of another partner; its credentials() still carry the demo API user. */
    private Customer registerFor(TestPartner partner) {
        ObjectNode body = registration(uniqueEmail());
        body.put("user_code", partner.userCode());
        body.put("app_key", partner.appKey());
        body.put("copa_id", partner.copaId());
        return register(body);
    }

    private static String flipFirstCharacter(String key) {
        return (key.charAt(0) == 'A' ? 'B' : 'A') + key.substring(1);
    }

    private static ObjectNode lookup(String email) {
        ObjectNode body = appCredentials();
        body.put("customer_email", email);
        return body;
    }

    /** The same body with the application credentials moved into user_info, as some clients send them. */
    private static ObjectNode nested(ObjectNode body) {
        ObjectNode userInfo = body.putObject("user_info");
        userInfo.set("user_code", body.remove("user_code"));
        userInfo.set("app_key", body.remove("app_key"));
        return body;
    }

    private static ObjectNode with(ObjectNode body, String field, Object value) {
        ObjectNode copy = body.deepCopy();
        copy.set(field, BoxClient.JSON.valueToTree(value));
        return copy;
    }
}
