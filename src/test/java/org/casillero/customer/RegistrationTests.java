package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.partner.TestPartners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

class RegistrationTests extends BoxApiTest {
    private static final String REGISTRATION = BoxClient.CUSTOMER + "customer-registration";
    private static final String DUPLICATE = "The email account sent is already registered and associated with a box.";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("language_code", b -> b.put("language_code", "FRA")),
                rule("language_code", b -> b.remove("language_code")),
                rule("copa_id", b -> b.remove("copa_id")),
                rule("copa_id", b -> b.put("copa_id", 999_999)),
                rule("customer_first_name", b -> b.put("customer_first_name", "  ")),
                rule("customer_first_name", b -> b.put("customer_first_name", "x".repeat(101))),
                rule("customer_last_name", b -> b.remove("customer_last_name")),
                rule("customer_last_name", b -> b.put("customer_last_name", "Do\u0000e")),
                rule("customer_address[0].neighborhood", b -> address(b).put("neighborhood", "\u0000")),
                rule("customer_identity_number", b -> b.put("customer_identity_number", "9".repeat(51))),
                rule("customer_tax_number", b -> b.put("customer_tax_number", -1)),
                rule("customer_birth_date", b -> b.remove("customer_birth_date")),
                rule("customer_birth_date", b -> b.put("customer_birth_date", "19-08-1980")),
                rule("customer_birth_date", b -> b.put("customer_birth_date", "1980-02-30")),
                rule(
                        "customer_birth_date",
                        b -> b.put(
                                "customer_birth_date",
                                LocalDate.now().plusDays(1).toString())),
                rule("customer_birth_date", b -> b.put("customer_birth_date", "1850-01-01")),
                rule("customer_email", b -> b.put("customer_email", "not-an-email")),
                rule("customer_email", b -> b.put("customer_email", "john@localhost")),
                rule("customer_email", b -> b.put("customer_email", "x".repeat(250) + "@example.com")),
                rule("customer_password", b -> b.put("customer_password", "")),
                rule("customer_password", b -> b.put("customer_password", "p".repeat(129))),
                rule("customer_gender", b -> b.put("customer_gender", "X")),
                rule("customer_campaign", b -> b.put("customer_campaign", "c".repeat(101))),
                rule("customer_referred_by", b -> b.put("customer_referred_by", -5)),
                rule("customer_referred_by", b -> b.put("customer_referred_by", 987_654_321L)),
                rule("customer_address", b -> b.putArray("customer_address")),
                rule("customer_address", b -> b.remove("customer_address")),
                rule(
                        "customer_address",
                        b -> addresses(b).add(addresses(b).get(0).deepCopy())),
                rule("customer_address[0].city_code", b -> address(b).put("city_code", 999_999_999)),
                rule("customer_address[0].city_code", b -> address(b).remove("city_code")),
                rule("customer_address[0].locality_town", b -> address(b).put("locality_town", "l".repeat(101))),
                rule("customer_address[0].neighborhood", b -> address(b).put("neighborhood", "n".repeat(101))),
                rule("customer_address[0].address_01", b -> address(b).put("address_01", "a".repeat(201))),
                rule("customer_address[0].zip_code", b -> address(b).put("zip_code", "9".repeat(21))),
                rule("customer_phone", b -> b.putArray("customer_phone")),
                rule("customer_phone", b -> b.remove("customer_phone")),
                rule("customer_phone[0]", b -> ((ArrayNode) b.get("customer_phone")).set(0, NullNode.getInstance())),
                rule("customer_address[0]", b -> addresses(b).set(0, NullNode.getInstance())),
                rule("customer_phone[1].phone_type", b -> phone(b, 1).put("phone_type", 3)),
                rule("customer_phone[0].phone_type", b -> phone(b, 0).remove("phone_type")),
                rule("customer_phone[0].phone_number", b -> phone(b, 0).put("phone_number", "")),
                rule("customer_phone[1].phone_area_code", b -> phone(b, 1).put("phone_area_code", "+".repeat(9))),
                rule("customer_phone[1].phone_number", b -> phone(b, 1).put("phone_number", "   ")),
                rule("customer_phone[0].phone_number", b -> phone(b, 0).remove("phone_number")),
                rule("customer_phone[1].phone_extension", b -> phone(b, 1).put("phone_extension", "1".repeat(11))));
    }

    @ParameterizedTest(name = "{0} ({index})")
    @MethodSource("brokenRules")
    void rejectsRegistrationThatBreaksARuleAndStoresNothing(String location, Consumer<ObjectNode> breakRule) {
        String email = uniqueEmail();
        ObjectNode body = registration(email);
        breakRule.accept(body);

        BoxClient.Response response = box.post(REGISTRATION, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo(location);
        assertThat(response.errorDescription()).startsWith(location + " ");
        assertThat(response.first().get("error").get("system_error").asBoolean())
                .isFalse();
        assertThat(customersWithEmail(email)).isZero();
    }

    @Test
    void registersAnActiveEnabledStandardAccount() {
        Customer customer = register();

        var info = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials())
                .first();

        assertThat(info.get("is_active").asBoolean()).isTrue();
        assertThat(info.get("is_enable").asBoolean()).isTrue();
        assertThat(info.get("is_vip").asBoolean()).isFalse();
        assertThat(info.get("is_business").asBoolean()).isFalse();
        assertThat(info.get("customer_email").asString())
                .isEqualTo(customer.email().toUpperCase(Locale.ROOT));
    }

    @Test
    void givesEachCustomerItsOwnBoxIdAndKey() {
        Customer first = register();
        Customer second = register();

        assertThat(second.boxId()).isGreaterThan(first.boxId());
        assertThat(second.key()).isNotEqualTo(first.key());
    }

    @Test
    void registersWithOnlyTheRequiredFields() {
        ObjectNode body = registration(uniqueEmail());
        body.remove(List.of(
                "customer_tax_number", "customer_campaign", "customer_email_agreement", "customer_referred_by"));
        phone(body, 1).remove("phone_extension");

        Customer customer = register(body);

        var info = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials())
                .first();
        assertThat(info.get("customer_tax_number").asLong()).isZero();
        assertThat(info.get("customer_refered_by").asLong()).isZero();
        assertThat(info.get("customer_campaign").asString()).isEmpty();
        assertThat(info.get("customer_email_agreement").asBoolean()).isFalse();
        assertThat(info.get("customer_phone").get(1).get("phone_extension").asString())
                .isEmpty();
    }

    @Test
    void readsReferrerZeroAsNone() {
        ObjectNode body = registration(uniqueEmail());
        body.put("customer_referred_by", 0);

        Customer customer = register(body);

        var info = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials())
                .first();
        assertThat(info.get("customer_refered_by").asLong()).isZero();
    }

    @Test
    void recordsTheReferringBoxOfTheSamePartner() {
        Customer referrer = register();
        ObjectNode body = registration(uniqueEmail());
        body.put("customer_referred_by", referrer.boxId());

        Customer referred = register(body);

        var info = box.post(BoxClient.CUSTOMER + "customer-get-info", referred.credentials())
                .first();
        assertThat(info.get("customer_refered_by").asLong()).isEqualTo(referrer.boxId());
    }

    @Test
    void rejectsAReferringBoxOfAnotherPartner() {
        var other = TestPartners.create(context);
        ObjectNode foreign = registration(uniqueEmail());
        foreign.put("user_code", other.userCode());
        foreign.put("app_key", other.appKey());
        foreign.put("copa_id", other.copaId());
        Customer foreignCustomer = register(foreign);
        String email = uniqueEmail();
        ObjectNode body = registration(email);
        body.put("customer_referred_by", foreignCustomer.boxId());

        BoxClient.Response response = box.post(REGISTRATION, body);

        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo("customer_referred_by");
        assertThat(customersWithEmail(email)).isZero();
    }

    @Test
    void rejectsRegistrationWhenEmailIsTaken() {
        Customer existing = register();

        BoxClient.Response response = box.post(REGISTRATION, registration(existing.email()));

        assertThat(response.verified()).isFalse();
        assertThat(response.errorDescription()).isEqualTo(DUPLICATE);
        assertThat(response.errorLocation()).isEqualTo("customer_email");
        assertThat(customersWithEmail(existing.email())).isEqualTo(1);
    }

    @Test
    void rejectsRegistrationWhenEmailIsTakenInAnotherCase() {
        Customer existing = register();

        BoxClient.Response response =
                box.post(REGISTRATION, registration(existing.email().toUpperCase(Locale.ROOT)));

        assertThat(response.errorDescription()).isEqualTo(DUPLICATE);
        assertThat(customersWithEmail(existing.email())).isEqualTo(1);
    }

    @Test
    void acceptsTheSameEmailAtAnotherPartner() {
        Customer existing = register();
        var other = TestPartners.create(context);
        ObjectNode body = registration(existing.email());
        body.put("user_code", other.userCode());
        body.put("app_key", other.appKey());
        body.put("copa_id", other.copaId());

        register(body);

        assertThat(customersWithEmail(existing.email())).isEqualTo(2);
    }

    @Test
    void createsExactlyOneCustomerFromConcurrentRegistrationsOfOneEmail() throws Exception {
        String email = uniqueEmail();
        List<Callable<BoxClient.Response>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String variant = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
            attempts.add(() -> box.post(REGISTRATION, registration(variant)));
        }
        List<BoxClient.Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts.size())) {
            for (Future<BoxClient.Response> answer : pool.invokeAll(attempts)) {
                responses.add(answer.get());
            }
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(responses).filteredOn(BoxClient.Response::verified).hasSize(1);
        assertThat(responses)
                .filteredOn(r -> !r.verified())
                .allSatisfy(r -> assertThat(r.errorDescription()).isEqualTo(DUPLICATE));
        assertThat(customersWithEmail(email)).isEqualTo(1);
    }

    @Test
    void hashesThePasswordWithArgon2id() {
        Customer customer = register();

        String hash = jdbc.sql("select password_hash from customer where box_id = :box")
                .param("box", customer.boxId())
                .query(String.class)
                .single();

        assertThat(hash).startsWith("$argon2id$").doesNotContain("pass123");
    }

    private long customersWithEmail(String email) {
        return jdbc.sql("select count(*) from customer where email = :email")
                .param("email", email.strip().toUpperCase(Locale.ROOT))
                .query(Long.class)
                .single();
    }

    private static Arguments rule(String location, Consumer<ObjectNode> breakRule) {
        return Arguments.of(location, breakRule);
    }

    private static ArrayNode addresses(ObjectNode body) {
        return (ArrayNode) body.get("customer_address");
    }

    private static ObjectNode address(ObjectNode body) {
        return (ObjectNode) addresses(body).get(0);
    }

    private static ObjectNode phone(ObjectNode body, int index) {
        return (ObjectNode) body.get("customer_phone").get(index);
    }
}
