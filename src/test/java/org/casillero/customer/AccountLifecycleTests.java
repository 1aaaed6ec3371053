package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casillero.JsonShape.fieldNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.partner.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Login, e-mail, password and address changes, and the audit trail they leave. */
class AccountLifecycleTests extends BoxApiTest {
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";
    private static final String EMAIL = BoxClient.CUSTOMER + "customer-update-email";
    private static final String PASSWORD = BoxClient.CUSTOMER + "customer-update-password";
    private static final String ADDRESS = BoxClient.CUSTOMER + "customer-update-address-info";
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";
    private static final String INVALID = "The credentials sent are not valid.";
    /** Every operation a customer's box id and key open. */
    private static final List<String> CUSTOMER_OPERATIONS = List.of(
            "customer-get-info",
            "customer-update-personal-info",
            "customer-update-type",
            "customer-update-email",
            "customer-update-password",
            "customer-update-address-info",
            "customer-activate-box");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail audit;

    @Autowired
    CustomerAdministration administration;

    @Test
    void logsInAndAnswersWhatThePartnerLookupAnswers() {
        Customer customer = register();

        BoxClient.Response login = box.post(LOGIN, login(customer.email().toUpperCase(Locale.ROOT), "pass123"));
        BoxClient.Response lookup = box.post(BoxClient.PARTNER_LOOKUP, lookup(customer.email()));

        assertThat(login.verified()).as(login.text()).isTrue();
        assertThat(login.json()).isEqualTo(lookup.json());
        assertThat(login.first().get("customer_key").asString()).isEqualTo(customer.key());
    }

    @Test
    void answersAWrongPasswordAndAnUnknownEmailAlike() {
        Customer customer = register();

        String wrongPassword =
                box.post(LOGIN, login(customer.email(), "not-the-password")).text();
        String unknownEmail = box.post(LOGIN, login(uniqueEmail(), "pass123")).text();

        assertThat(wrongPassword).isEqualTo(unknownEmail).contains(INVALID);
    }

    @Test
    void refusesTheLoginOfADisabledCustomer() {
        Customer customer = register();
        administration.setEnabled(customer.boxId(), false, Actor.operator("test"));

        assertThat(box.post(LOGIN, login(customer.email(), "pass123")).errorDescription())
                .isEqualTo("The customer account is disabled.");
        assertThat(box.post(LOGIN, login(customer.email(), "wrong")).errorDescription())
                .isEqualTo(INVALID);
    }

    @Test
    void refusesEveryOperationOfADisabledCustomerWhileThePartnerLookupShowsIt() {
        Customer customer = register();
        administration.setEnabled(customer.boxId(), false, Actor.operator("test"));

        for (String operation : CUSTOMER_OPERATIONS) {
            BoxClient.Response response = box.post(BoxClient.CUSTOMER + operation, customer.credentials());
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.errorDescription()).as(operation).isEqualTo("The customer account is disabled.");
        }
        BoxClient.Response lookup = box.post(BoxClient.PARTNER_LOOKUP, lookup(customer.email()));
        assertThat(lookup.verified()).isTrue();
        assertThat(lookup.first().get("is_enable").asBoolean()).isFalse();
        // A wrong key still gets the answer every credential failure gets.
        ObjectNode wrongKey = customer.credentials().put("customer_key", "x".repeat(44));
        assertThat(box.post(GET_INFO, wrongKey).errorDescription()).isEqualTo(INVALID);

        administration.setEnabled(customer.boxId(), true, Actor.operator("test"));
        assertThat(box.post(GET_INFO, customer.credentials()).verified()).isTrue();
    }

    @Test
    void refusesAnEmailThatUpperCasingMakesTooLong() {
        // 89 characters as sent, 257 once upper-cased: the ligature "ﬃ" becomes "FFI".
        String email = "ﬃ".repeat(64) + "@" + "ﬃ".repeat(20) + ".com";

        BoxClient.Response registration = box.post(BoxClient.CUSTOMER + "customer-registration", registration(email));
        BoxClient.Response login = box.post(LOGIN, login(email, "pass123"));
        Customer customer = register();
        ObjectNode change = customer.credentials();
        change.put("customer_current_email", customer.email());
        change.put("customer_new_email", email);
        BoxClient.Response emailChange = box.post(EMAIL, change);

        assertThat(registration.errorDescription()).isEqualTo("customer_email must be at most 254 characters long");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.errorLocation()).isEqualTo("customer_email");
        assertThat(emailChange.errorDescription()).isEqualTo("customer_new_email must be at most 254 characters long");
    }

    @Test
    void upgradesAPasswordHashMadeWithOlderSettingsOnLogin() {
        Customer customer = register();
        String weak = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("pass123");
        jdbc.sql("update customer set password_hash = :hash where box_id = :box")
                .param("hash", weak)
                .param("box", customer.boxId())
                .update();

        assertThat(box.post(LOGIN, login(customer.email(), "pass123")).verified())
                .isTrue();

        String upgraded = passwordHash(customer);
        assertThat(upgraded).isNotEqualTo(weak).contains("m=19456,t=2,p=1");
        assertThat(box.post(LOGIN, login(customer.email(), "pass123")).verified())
                .isTrue();
    }

    @Test
    void movesTheCustomerToANewEmailAndRenewsTheKey() {
        Customer customer = register();
        String newEmail = uniqueEmail();
        ObjectNode body = customer.credentials();
        body.put("customer_current_email", customer.email());
        body.put("customer_new_email", newEmail);

        BoxClient.Response response = box.post(EMAIL, body);

        assertThat(fieldNames(response.first()))
                .containsExactly("_verify", "customer_box_id", "customer_email", "customer_key", "error");
        assertThat(response.first().get("customer_box_id").asLong()).isEqualTo(customer.boxId());
        assertThat(response.first().get("customer_email").asString()).isEqualTo(newEmail.toUpperCase(Locale.ROOT));
        String newKey = response.first().get("customer_key").asString();
        assertThat(newKey).hasSize(44).isNotEqualTo(customer.key());
        Customer moved = new Customer(customer.boxId(), newKey, newEmail);
        for (String operation : CUSTOMER_OPERATIONS) {
            assertThat(box.post(BoxClient.CUSTOMER + operation, customer.credentials())
                            .errorDescription())
                    .as(operation)
                    .isEqualTo(INVALID);
        }
        assertThat(box.post(GET_INFO, moved.credentials())
                        .first()
                        .get("customer_email")
                        .asString())
                .isEqualTo(newEmail.toUpperCase(Locale.ROOT));
        assertThat(box.post(BoxClient.PARTNER_LOOKUP, lookup(customer.email())).verified())
                .isFalse();
        assertThat(box.post(BoxClient.PARTNER_LOOKUP, lookup(newEmail))
                        .first()
                        .get("customer_key")
                        .asString())
                .isEqualTo(newKey);
        assertThat(box.post(LOGIN, login(newEmail, "pass123")).verified()).isTrue();
        assertThat(box.post(LOGIN, login(customer.email(), "pass123")).verified())
                .isFalse();
    }

    @Test
    void refusesAnEmailTakenWithinThePartnerAndChangesNothing() {
        Customer customer = register();
        Customer other = register();
        ObjectNode body = customer.credentials();
        body.put("customer_current_email", customer.email());
        body.put("customer_new_email", other.email().toUpperCase(Locale.ROOT));

        BoxClient.Response response = box.post(EMAIL, body);

        assertThat(response.errorDescription())
                .isEqualTo("The email account sent is already registered and associated with a box.");
        assertThat(response.errorLocation()).isEqualTo("customer_new_email");
        assertThat(box.post(GET_INFO, customer.credentials())
                        .first()
                        .get("customer_email")
                        .asString())
                .isEqualTo(customer.email().toUpperCase(Locale.ROOT));
    }

    @Test
    void refusesAnEmailChangeWithTheWrongCurrentEmailOrABadNewOne() {
        Customer customer = register();
        ObjectNode wrongCurrent = customer.credentials();
        wrongCurrent.put("customer_current_email", uniqueEmail());
        wrongCurrent.put("customer_new_email", uniqueEmail());
        ObjectNode badNew = customer.credentials();
        badNew.put("customer_current_email", customer.email());
        badNew.put("customer_new_email", "no-at-sign");

        assertThat(box.post(EMAIL, wrongCurrent).errorLocation()).isEqualTo("customer_current_email");
        assertThat(box.post(EMAIL, badNew).errorLocation()).isEqualTo("customer_new_email");
        assertThat(box.post(GET_INFO, customer.credentials()).verified()).isTrue();
    }

    @Test
    void replacesThePassword() {
        Customer customer = register();
        ObjectNode body = customer.credentials();
        body.put("customer_email", customer.email());
        body.put("customer_new_password", "brand new pässword");

        BoxClient.Response response = box.post(PASSWORD, body);

        assertThat(fieldNames(response.first())).containsExactly("_verify", "error", "updated_rows");
        assertThat(response.first().get("updated_rows").asInt()).isEqualTo(1);
        assertThat(box.post(LOGIN, login(customer.email(), "pass123")).verified())
                .isFalse();
        assertThat(box.post(LOGIN, login(customer.email(), "brand new pässword"))
                        .verified())
                .isTrue();
    }

    @Test
    void refusesAPasswordChangeThatBreaksARule() {
        Customer customer = register();
        String before = passwordHash(customer);
        ObjectNode wrongEmail = customer.credentials();
        wrongEmail.put("customer_email", uniqueEmail());
        wrongEmail.put("customer_new_password", "whatever");
        ObjectNode tooLong = customer.credentials();
        tooLong.put("customer_email", customer.email());
        tooLong.put("customer_new_password", "p".repeat(129));
        ObjectNode empty = customer.credentials();
        empty.put("customer_email", customer.email());
        empty.put("customer_new_password", "");

        assertThat(box.post(PASSWORD, wrongEmail).errorLocation()).isEqualTo("customer_email");
        assertThat(box.post(PASSWORD, tooLong).errorLocation()).isEqualTo("customer_new_password");
        assertThat(box.post(PASSWORD, empty).errorLocation()).isEqualTo("customer_new_password");
        assertThat(passwordHash(customer)).isEqualTo(before);
    }

    @Test
    void replacesThePhonesButTheAddressPhone() {
        Customer customer = register();
        JsonNode before = box.post(GET_INFO, customer.credentials()).first();
        ObjectNode body = customer.credentials();
        body.putArray("customer_address").addObject().put("city_code", 0).put("zip_code", "");
        ObjectNode phone = body.putArray("customer_phone").addObject();
        phone.put("phone_area_code", "+52").put("phone_number", "5550001").put("phone_type", 2);

        BoxClient.Response response = box.post(ADDRESS, body);

        assertThat(response.verified()).as(response.text()).isTrue();
        assertThat(fieldNames(response.first()))
                .containsExactly("_verify", "customer_address", "customer_phone", "error");
        assertThat(fieldNames(response.first().get("customer_address").get(0)))
                .containsExactly(
                        "_verify",
                        "address_01",
                        "address_id",
                        "city_code",
                        "error",
                        "locality_town",
                        "neighborhood",
                        "phone_area",
                        "phone_extension",
                        "phone_number",
                        "zip_code");
        JsonNode phones = response.first().get("customer_phone");
        assertThat(fieldNames(phones.get(0)))
                .containsExactly(
                        "_verify",
                        "error",
                        "phone_area_code",
                        "phone_extension",
                        "phone_id",
                        "phone_number",
                        "phone_type");
        assertThat(phones.size()).isEqualTo(2);
        assertThat(phones.get(0).get("phone_id"))
                .isEqualTo(before.get("customer_phone").get(0).get("phone_id"));
        assertThat(phones.get(1).get("phone_number").asString()).isEqualTo("5550001");
        assertThat(phones.get(1).get("phone_id").asLong())
                .isGreaterThan(
                        before.get("customer_phone").get(1).get("phone_id").asLong());
        JsonNode after = box.post(GET_INFO, customer.credentials()).first();
        assertThat(after.get("customer_address")).isEqualTo(before.get("customer_address"));
        assertThat(after.get("customer_phone").size()).isEqualTo(2);
    }

    @Test
    void changesOnlyTheAddressFieldsSentWithAValue() {
        Customer customer = register();
        JsonNode before = box.post(GET_INFO, customer.credentials())
                .first()
                .get("customer_address")
                .get(0);
        ObjectNode body = customer.credentials();
        ObjectNode address = body.putArray("customer_address").addObject();
        address.put("city_code", 0)
                .put("city_name", "")
                .put("locality_town", "")
                .put("neighborhood", "");
        address.put("address_01", "742 Evergreen Terrace").put("zip_code", "");
        address.put("phone_area", "").put("phone_number", "99887766").put("phone_extension", "");
        body.putArray("customer_phone");

        BoxClient.Response response = box.post(ADDRESS, body);

        JsonNode stored = box.post(GET_INFO, customer.credentials()).first();
        ObjectNode expected = (ObjectNode) before.deepCopy();
        expected.put("address_01", "742 Evergreen Terrace").put("phone_number", "99887766");
        assertThat(response.verified()).as(response.text()).isTrue();
        assertThat(stored.get("customer_address").get(0)).isEqualTo(expected);
        assertThat(stored.get("customer_phone").size()).isEqualTo(1);
        assertThat(stored.get("customer_phone").get(0).get("phone_number").asString())
                .isEqualTo("99887766");
    }

    @Test
    void refusesAnAddressChangeThatBreaksARuleAndChangesNothing() {
        Customer customer = register();
        JsonNode before = box.post(GET_INFO, customer.credentials()).first();
        List<ObjectNode> broken = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        ObjectNode unknownCity = customer.credentials();
        unknownCity
                .putArray("customer_address")
                .addObject()
                .put("city_code", 999_999_999)
                .put("zip_code", "123");
        unknownCity.putArray("customer_phone");
        broken.add(unknownCity);
        locations.add("customer_address[0].city_code");
        ObjectNode noAddress = customer.credentials();
        noAddress.putArray("customer_address");
        noAddress.putArray("customer_phone");
        broken.add(noAddress);
        locations.add("customer_address");
        ObjectNode twoAddresses = customer.credentials();
        twoAddresses
                .putArray("customer_address")
                .add(BoxClient.JSON.createObjectNode())
                .add(BoxClient.JSON.createObjectNode());
        twoAddresses.putArray("customer_phone");
        broken.add(twoAddresses);
        locations.add("customer_address");
        ObjectNode noPhones = customer.credentials();
        noPhones.putArray("customer_address").addObject().put("zip_code", "55555");
        broken.add(noPhones);
        locations.add("customer_phone");
        ObjectNode badPhone = customer.credentials();
        badPhone.putArray("customer_address").addObject().put("zip_code", "55555");
        badPhone.putArray("customer_phone")
                .addObject()
                .put("phone_area_code", "+1")
                .put("phone_number", "1")
                .put("phone_type", 9);
        broken.add(badPhone);
        locations.add("customer_phone[0].phone_type");
        ObjectNode blank = customer.credentials();
        blank.putArray("customer_address").addObject().put("neighborhood", "   ");
        blank.putArray("customer_phone");
        broken.add(blank);
        locations.add("customer_address[0].neighborhood");

        for (int i = 0; i < broken.size(); i++) {
            BoxClient.Response response = box.post(ADDRESS, broken.get(i));
            assertThat(response.verified()).isFalse();
            assertThat(response.errorLocation()).isEqualTo(locations.get(i));
        }
        assertThat(box.post(GET_INFO, customer.credentials()).first()).isEqualTo(before);
    }

    @Test
    void recordsEveryChangeInTheAuditTrailWithoutSecrets() {
        Customer customer = register();
        ObjectNode personal = customer.credentials();
        personal.put("customer_first_name", "Jane");
        personal.put("customer_last_name", "Doe");
        box.post(BoxClient.CUSTOMER + "customer-update-personal-info", personal);
        ObjectNode password = customer.credentials();
        password.put("customer_email", customer.email());
        password.put("customer_new_password", "audit-secret-123");
        box.post(PASSWORD, password);

        List<AuditEntry> entries = audit.entries(custId(customer));

        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly("REGISTERED", "PERSONAL_INFO_CHANGED", "PASSWORD_CHANGED");
        assertThat(entries).extracting(AuditEntry::actor).containsOnly("api-user 396");
        assertThat(entries.get(1).fields()).containsExactly("customer_first_name");
        assertThat(entries.get(2).fields()).containsExactly("customer_password");
        assertThat(entries.toString()).doesNotContain("audit-secret-123", "pass123", customer.key());
        assertThat(entries.get(0).at()).isBeforeOrEqualTo(entries.get(2).at());
    }

    @Test
    void keepsAnotherPartnersApiUserOutOfTheLifecycle() {
        Customer customer = register();
        var other = TestPartners.create(context);
        ObjectNode otherLogin = login(customer.email(), "pass123");
        otherLogin.put("user_code", other.userCode());
        otherLogin.put("app_key", other.appKey());
        ObjectNode otherEmail = customer.credentials();
        otherEmail.put("user_code", other.userCode());
        otherEmail.put("app_key", other.appKey());
        otherEmail.put("customer_current_email", customer.email());
        otherEmail.put("customer_new_email", uniqueEmail());

        assertThat(box.post(LOGIN, otherLogin).errorDescription()).isEqualTo(INVALID);
        assertThat(box.post(EMAIL, otherEmail).errorDescription()).isEqualTo(INVALID);
        assertThat(box.post(LOGIN, login(customer.email(), "pass123")).verified())
                .isTrue();
    }

    private long custId(Customer customer) {
        return jdbc.sql("select cust_id from customer where box_id = :box")
                .param("box", customer.boxId())
                .query(Long.class)
                .single();
    }

    private String passwordHash(Customer customer) {
        return jdbc.sql("select password_hash from customer where box_id = :box")
                .param("box", customer.boxId())
                .query(String.class)
                .single();
    }

    static ObjectNode login(String email, String password) {
        ObjectNode body = appCredentials();
        body.put("customer_email", email);
        body.put("customer_password", password);
        return body;
    }

    private static ObjectNode lookup(String email) {
        ObjectNode body = appCredentials();
        body.put("customer_email", email);
        return body;
    }
}
