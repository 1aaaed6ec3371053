package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.JsonShape;
import org.casillero.TestCards;
import org.casillero.partner.PartnerAdministration;
import org.casillero.partner.TestPartners;
import org.casillero.partner.TestPartners.TestPartner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two-step sign-up: customer-register-info creates an inactive box, customer-activate-box
 * activates it with a card (reference §2.1, §2.2).
 */
class ActivationTests extends BoxApiTest {
    static final String REGISTER_INFO = BoxClient.CUSTOMER + "customer-register-info";
    static final String ACTIVATE = BoxClient.CUSTOMER + "customer-activate-box";
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";
    private static final String INVALID = "The credentials sent are not valid.";
    private static final String CARD = "customer_credit_card[0].";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail audit;

    /** A reference example (request and response) of shared/reference/box-api-shipments.md. */
    static JsonNode reference(String name) {
        try (InputStream in = ActivationTests.class.getResourceAsStream("/reference/" + name + ".json")) {
            return BoxClient.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference's register-info example with another e-mail address. */
    static ObjectNode registerInfo(String email) {
        ObjectNode body =
                (ObjectNode) reference("customer-register-info").get("request").deepCopy();
        body.put("customer_email", email);
        return body;
    }

    /** The reference's activation example, with this customer's credentials and this card. */
    static ObjectNode activation(Customer customer, ObjectNode card) {
        ObjectNode body =
                (ObjectNode) reference("customer-activate-box").get("request").deepCopy();
        body.put("customer_box_id", customer.boxId());
        body.put("customer_key", customer.key());
        body.putArray("customer_credit_card").add(card);
        return body;
    }

    static ObjectNode validCard() {
        return TestCards.card("MASTER", TestCards.master(), TestCards.expiry(24), "123");
    }

    private Customer registerInactive() {
        ObjectNode body = registerInfo(uniqueEmail());
        BoxClient.Response response = box.post(REGISTER_INFO, body);
        assertThat(response.verified()).as(response.text()).isTrue();
        return new Customer(
                response.first().get("customer_box_id").asLong(),
                response.first().get("customer_key").asString(),
                body.get("customer_email").asString());
    }

    private BoxClient.Response activate(Customer customer, ObjectNode card) {
        return box.post(ACTIVATE, activation(customer, card));
    }

    private JsonNode info(Customer customer) {
        BoxClient.Response info = box.post(GET_INFO, customer.credentials());
        assertThat(info.verified()).as(info.text()).isTrue();
        return info.first();
    }

    private JsonNode login(Customer customer) {
        ObjectNode login = appCredentials();
        login.put("customer_email", customer.email());
        login.put("customer_password", "pass123");
        BoxClient.Response response = box.post(LOGIN, login);
        assertThat(response.verified()).as(response.text()).isTrue();
        return response.first();
    }

    private long cards(Customer customer) {
        return jdbc.sql("""
                        select count(*) from payment_card p join customer c on c.cust_id = p.cust_id
                         where c.box_id = :boxId
                        """).param("boxId", customer.boxId()).query(Long.class).single();
    }

    private long custId(Customer customer) {
        return jdbc.sql("select cust_id from customer where box_id = :boxId")
                .param("boxId", customer.boxId())
                .query(Long.class)
                .single();
    }

    @Test
    void registersAnInactiveBoxAnsweringAsTheReferenceShows() {
        BoxClient.Response response = box.post(REGISTER_INFO, registerInfo(uniqueEmail()));

        assertThat(response.status()).isEqualTo(200);
        JsonShape.assertMatches(
                reference("customer-register-info").get("response"),
                response.json(),
                Set.of("[0].customer_box_id", "[0].customer_key"));
        var row = jdbc.sql("select is_active, activated_at, is_enable from customer where box_id = :boxId")
                .param("boxId", response.first().get("customer_box_id").asLong())
                .query()
                .singleRow();
        assertThat(row.get("is_active")).isEqualTo(false);
        assertThat(row.get("activated_at")).isNull();
        assertThat(row.get("is_enable")).isEqualTo(true);
    }

    @Test
    void ignoresATaxNumberSentToRegisterInfo() {
        ObjectNode body = registerInfo(uniqueEmail());
        body.put("customer_tax_number", "-5");

        BoxClient.Response response = box.post(REGISTER_INFO, body);

        assertThat(response.verified()).as(response.text()).isTrue();
        Customer customer = new Customer(
                response.first().get("customer_box_id").asLong(),
                response.first().get("customer_key").asString(),
                body.get("customer_email").asString());
        assertThat(info(customer).get("customer_tax_number").asLong()).isZero();
    }

    @Test
    void refusesATakenEmailWithTheTextRealClientsMatch() {
        String email = uniqueEmail();
        register(registration(email));

        BoxClient.Response again = box.post(REGISTER_INFO, registerInfo(email.toUpperCase()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.verified()).isFalse();
        assertThat(again.errorDescription())
                .isEqualTo("The email account sent is already registered and associated with a box.");
        assertThat(again.errorLocation()).isEqualTo("customer_email");
    }

    @Test
    void refusesWhatRegistrationRefuses() {
        ObjectNode noAddress = registerInfo(uniqueEmail());
        noAddress.remove("customer_address");
        ObjectNode badDate = registerInfo(uniqueEmail());
        badDate.put("customer_birth_date", "19/08/1980");

        assertThat(box.post(REGISTER_INFO, noAddress).errorLocation()).isEqualTo("customer_address");
        assertThat(box.post(REGISTER_INFO, badDate).errorLocation()).isEqualTo("customer_birth_date");
    }

    @Test
    void showsTheInactiveBoxInLoginPartnerLookupAndGetInfo() {
        Customer customer = registerInactive();

        JsonNode login = login(customer);
        JsonNode lookup = box.post(BoxClient.PARTNER_LOOKUP, appCredentials().put("customer_email", customer.email()))
                .first();
        JsonNode info = info(customer);

        assertThat(login.get("is_active").asBoolean()).isFalse();
        assertThat(login.get("is_enable").asBoolean()).isTrue();
        assertThat(login.get("activation_date").isNull()).isTrue();
        assertThat(login.get("customer_key").asString()).isEqualTo(customer.key());
        assertThat(lookup).isEqualTo(login);
        assertThat(info.get("is_active").asBoolean()).isFalse();
        assertThat(info.get("box_status").asInt()).isZero();
        assertThat(info.get("last_payment_method").asString()).isEmpty();
    }

    @Test
    void letsAnInactiveCustomerManageItsProfile() {
        Customer customer = registerInactive();
        ObjectNode personal = customer.credentials();
        personal.put("customer_first_name", "Johnny");

        BoxClient.Response updated = box.post(BoxClient.CUSTOMER + "customer-update-personal-info", personal);

        assertThat(updated.verified()).as(updated.text()).isTrue();
        assertThat(info(customer).get("customer_first_name").asString()).isEqualTo("Johnny");
    }

    @Test
    void activatesTheBoxWithAValidCardAnsweringAsTheReferenceShows() {
        Customer customer = registerInactive();
        String number = TestCards.master();

        BoxClient.Response response = activate(customer, TestCards.card("MASTER", number, TestCards.expiry(24), "123"));

        assertThat(response.status()).isEqualTo(200);
        JsonShape.assertMatches(
                reference("customer-activate-box").get("response"),
                response.json(),
                Set.of("[0].customer_box_id", "[0].customer_key"));
        assertThat(response.first().get("customer_box_id").asLong()).isEqualTo(customer.boxId());
        assertThat(response.first().get("customer_key").asString()).isEqualTo(customer.key());
        JsonNode info = info(customer);
        assertThat(info.get("is_active").asBoolean()).isTrue();
        assertThat(info.get("box_status").asInt()).isEqualTo(1);
        assertThat(info.get("last_payment_method").asString()).isEqualTo("MASTER ending " + number.substring(12));
        JsonNode login = login(customer);
        assertThat(login.get("is_active").asBoolean()).isTrue();
        assertThat(login.get("activation_date").asString()).matches("/Date\\(\\d+[+-]\\d{4}\\)/");
        assertThat(audit.entries(custId(customer)))
                .extracting(AuditEntry::action)
                .containsExactly("REGISTERED", "ACTIVATED");
        assertThat(response.text()).doesNotContain(number, number.substring(0, 12));
    }

    @Test
    void acceptsTheExpiryMonthWithOrWithoutALeadingZeroAndTheCurrentMonth() {
        int year = YearMonth.now(TestCards.SERVICE_ZONE).getYear() + 3;
        YearMonth now = YearMonth.now(TestCards.SERVICE_ZONE);
        for (String expiry : List.of(
                year + "-5-01", year + "-05-01", year + "-12-01", now.getYear() + "-" + now.getMonthValue() + "-01")) {
            Customer customer = registerInactive();

            BoxClient.Response response = activate(customer, TestCards.card("VISA", TestCards.visa(), expiry, "123"));

            assertThat(response.verified()).as(expiry + ": " + response.text()).isTrue();
        }
    }

    @Test
    void acceptsEveryBrandSpacedOrDashedNumbersAndNoSecurityCode() {
        List<ObjectNode> cards = List.of(
                TestCards.card("VISA", spaced(TestCards.visa()), TestCards.expiry(1), ""),
                TestCards.card("VISA", TestCards.number("4", 13), TestCards.expiry(1), ""),
                TestCards.card("VISA", TestCards.number("4", 19), TestCards.expiry(1), ""),
                TestCards.card("MASTER", dashed(TestCards.master()), TestCards.expiry(1), ""),
                TestCards.card("MASTER", TestCards.number("2720", 16), TestCards.expiry(1), ""),
                TestCards.card("AMEX", " " + TestCards.amex() + " ", TestCards.expiry(1), ""),
                TestCards.card("DINERS", TestCards.diners(), TestCards.expiry(1), ""),
                TestCards.card("DINERS", TestCards.number("3095", 16), TestCards.expiry(1), ""),
                withoutSecurityCode(TestCards.card("DINERS", TestCards.number("300", 19), TestCards.expiry(1), "")));
        for (ObjectNode card : cards) {
            BoxClient.Response response = activate(registerInactive(), card);

            assertThat(response.verified()).as(response.text()).isTrue();
        }
    }

    @Test
    void acceptsTheSecurityCodeOfEachBrand() {
        for (ObjectNode card : List.of(
                TestCards.card("VISA", spaced(TestCards.visa()), TestCards.expiry(1), "123"),
                TestCards.card("AMEX", TestCards.amex(), TestCards.expiry(1), "1234"),
                TestCards.card("DINERS", TestCards.diners(), TestCards.expiry(1), "000"))) {
            BoxClient.Response response = activate(registerInactive(), card);

            assertThat(response.verified()).as(response.text()).isTrue();
        }
    }

    private static ObjectNode withoutSecurityCode(ObjectNode card) {
        card.remove("cc_security_code");
        return card;
    }

    private static String spaced(String number) {
        return number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    private static String dashed(String number) {
        return number.replaceAll("(\\d{4})(?=\\d)", "$1-");
    }

    static Stream<Arguments> brokenCards() {
        YearMonth thisMonth = YearMonth.now(TestCards.SERVICE_ZONE);
        int year = thisMonth.getYear() + 2;
        return Stream.of(
                broken(CARD + "cc_type_name", c -> c.put("cc_type_name", "DISCOVER")),
                broken(CARD + "cc_type_name", c -> c.put("cc_type_name", "visa")),
                broken(CARD + "cc_type_name", c -> c.remove("cc_type_name")),
                broken(CARD + "cc_type_name", c -> c.put("cc_type_name", "VISA")),
                broken(CARD + "cc_type_name", c -> c.put("cc_number", TestCards.amex())),
                broken(CARD + "cc_holder_name", c -> c.remove("cc_holder_name")),
                broken(CARD + "cc_holder_name", c -> c.put("cc_holder_name", "   ")),
                broken(CARD + "cc_holder_name", c -> c.put("cc_holder_name", "h".repeat(101))),
                broken(CARD + "cc_number", c -> c.remove("cc_number")),
                broken(CARD + "cc_number", c -> c.put("cc_number", "")),
                broken(CARD + "cc_number", c -> c.put("cc_number", "5105x05105105100")),
                broken(CARD + "cc_number", c -> c.put("cc_number", "5105.1051.0510.5100")),
                broken(
                        CARD + "cc_number",
                        c -> c.put(
                                "cc_number",
                                TestCards.withWrongCheckDigit(c.get("cc_number").asString()))),
                broken(CARD + "cc_number", c -> c.put("cc_number", "5454")),
                broken(CARD + "cc_number", c -> c.put("cc_number", TestCards.number("5", 20))),
                broken(CARD + "cc_number", c -> c.put("cc_number", TestCards.number("6011", 16))),
                broken(CARD + "cc_number", c -> c.put("cc_number", TestCards.number("51", 18))),
                broken(
                        CARD + "cc_number",
                        c -> c.put("cc_type_name", "VISA").put("cc_number", TestCards.number("4", 17))),
                broken(
                        CARD + "cc_number",
                        c -> c.put("cc_type_name", "AMEX").put("cc_number", TestCards.number("34", 16))),
                broken(CARD + "cc_number", c -> c.putObject("cc_number")),
                broken(CARD + "cc_expiration_date", c -> c.remove("cc_expiration_date")),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", year + "-13-01")),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", year + "-0-01")),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", year + "-05-15")),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", year + "-5-1")),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", "05/" + year)),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", "2020-5-01")),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", TestCards.expiry(-1))),
                broken(CARD + "cc_expiration_date", c -> c.put("cc_expiration_date", TestCards.expiry(12 * 21))),
                broken(CARD + "cc_security_code", c -> c.put("cc_security_code", "12")),
                broken(CARD + "cc_security_code", c -> c.put("cc_security_code", "12a")),
                broken(CARD + "cc_security_code", c -> c.put("cc_security_code", "1234")),
                broken(
                        CARD + "cc_security_code",
                        c -> c.put("cc_type_name", "AMEX")
                                .put("cc_number", TestCards.amex())
                                .put("cc_security_code", "123")),
                broken("customer_credit_card", c -> c.removeAll()));
    }

    private static Arguments broken(String location, Consumer<ObjectNode> change) {
        return Arguments.of(location, change);
    }

    @ParameterizedTest
    @MethodSource("brokenCards")
    void refusesEachBrokenCardRuleNamingTheFieldAndLeavesTheBoxInactive(String location, Consumer<ObjectNode> change) {
        Customer customer = registerInactive();
        ObjectNode card = validCard();
        change.accept(card);
        ObjectNode body = activation(customer, card);
        if (card.isEmpty()) {
            body.putArray("customer_credit_card");
        }

        BoxClient.Response response = box.post(ACTIVATE, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.verified()).as(response.text()).isFalse();
        assertThat(response.errorLocation()).as(response.text()).isEqualTo(location);
        assertThat(response.errorDescription()).startsWith(location + " ");
        String number =
                card.path("cc_number").isString() ? card.get("cc_number").asString() : "";
        if (number.length() > 4) {
            assertThat(response.text()).doesNotContain(number);
        }
        assertThat(info(customer).get("is_active").asBoolean()).isFalse();
        assertThat(cards(customer)).isZero();
    }

    @Test
    void takesNoCardForAnHourAfterFiveRefusedCardsOnOneBoxAndOnlyThatBox() {
        Customer tester = registerInactive();
        Customer other = registerInactive();
        String number = TestCards.master();
        String wrongCheckDigit = number.substring(0, 15) + (char) ('0' + (number.charAt(15) - '0' + 1) % 10);

        for (int i = 0; i < 5; i++) {
            BoxClient.Response refused =
                    activate(tester, TestCards.card("MASTER", wrongCheckDigit, TestCards.expiry(24), "123"));
            assertThat(refused.errorLocation()).as(refused.text()).isEqualTo("customer_credit_card[0].cc_number");
        }
        BoxClient.Response locked = activate(tester, validCard());

        assertThat(locked.verified()).isFalse();
        assertThat(locked.errorDescription())
                .isEqualTo("Too many cards were refused for this box: try again in 60 minutes.");
        assertThat(locked.text()).doesNotContain(number, wrongCheckDigit);
        assertThat(info(tester).get("is_active").asBoolean()).isFalse();
        assertThat(cards(tester)).isZero();
        assertThat(activate(other, validCard()).verified())
                .as("another box is not locked")
                .isTrue();
    }

    @Test
    void refusesNoCardsTwoCardsOrACardThatIsNotInAList() {
        Customer customer = registerInactive();
        ObjectNode none = activation(customer, validCard());
        none.remove("customer_credit_card");
        ObjectNode two = activation(customer, validCard());
        two.withArray("customer_credit_card").add(validCard());
        ObjectNode notAList = activation(customer, validCard());
        notAList.set("customer_credit_card", validCard());

        for (ObjectNode body : List.of(none, two, notAList)) {
            BoxClient.Response response = box.post(ACTIVATE, body);
            assertThat(response.verified()).isFalse();
            assertThat(response.errorLocation()).as(response.text()).isEqualTo("customer_credit_card");
        }
        assertThat(info(customer).get("is_active").asBoolean()).isFalse();
    }

    @Test
    void refusesAnotherPartnersCustomerAsACredentialFailure() {
        Customer customer = registerInactive();
        TestPartner other = TestPartners.create(context);
        ObjectNode asOther = activation(customer, validCard());
        asOther.put("user_code", other.userCode());
        asOther.put("app_key", other.appKey());
        asOther.put("copa_id", other.copaId());

        BoxClient.Response response = box.post(ACTIVATE, asOther);

        assertThat(response.verified()).isFalse();
        assertThat(response.errorDescription()).isEqualTo(INVALID);
        assertThat(response.errorLocation()).isEmpty();
        assertThat(info(customer).get("is_active").asBoolean()).isFalse();
    }

    @Test
    void refusesACopaIdThatIsNotTheCustomersPartnerAsACredentialFailure() {
        PartnerAdministration partners = context.getBean(PartnerAdministration.class);
        TestPartner first = TestPartners.create(context);
        TestPartner second = TestPartners.create(context);
        int userCode = first.userCode() + 500_000;
        String appKey = partners.createApiUser(userCode, Set.of(first.copaId(), second.copaId()))
                .appKey()
                .value();
        ObjectNode registration = registerInfo(uniqueEmail());
        registration.put("user_code", userCode).put("app_key", appKey).put("copa_id", first.copaId());
        BoxClient.Response registered = box.post(REGISTER_INFO, registration);
        Customer customer = new Customer(
                registered.first().get("customer_box_id").asLong(),
                registered.first().get("customer_key").asString(),
                registration.get("customer_email").asString());

        for (int copaId : List.of(second.copaId(), 616, 999_999_999)) {
            ObjectNode body = activation(customer, validCard());
            body.put("user_code", userCode).put("app_key", appKey).put("copa_id", copaId);

            BoxClient.Response response = box.post(ACTIVATE, body);

            assertThat(response.errorDescription()).as("copa_id %d", copaId).isEqualTo(INVALID);
        }
        ObjectNode own = activation(customer, validCard());
        own.put("user_code", userCode).put("app_key", appKey).put("copa_id", "" + first.copaId());
        assertThat(box.post(ACTIVATE, own).verified()).isTrue();
    }

    @Test
    void takesAnAbsentCopaIdAsTheCustomersOwnPartner() {
        Customer customer = registerInactive();
        ObjectNode body = activation(customer, validCard());
        body.remove("copa_id");

        assertThat(box.post(ACTIVATE, body).verified()).isTrue();
        assertThat(info(customer).get("is_active").asBoolean()).isTrue();
    }

    @Test
    void replacesTheCardWhenTheBoxIsActiveAlreadyKeepingItsActivationDate() {
        Customer customer = registerInactive();
        String first = TestCards.visa();
        String second = TestCards.amex();
        assertThat(activate(customer, TestCards.card("VISA", first, TestCards.expiry(3), "123"))
                        .verified())
                .isTrue();
        String activatedAt = login(customer).get("activation_date").asString();

        BoxClient.Response again = activate(customer, TestCards.card("AMEX", second, TestCards.expiry(30), "4321"));

        assertThat(again.verified()).as(again.text()).isTrue();
        assertThat(again.first().get("customer_key").asString()).isEqualTo(customer.key());
        assertThat(login(customer).get("activation_date").asString()).isEqualTo(activatedAt);
        assertThat(info(customer).get("last_payment_method").asString())
                .isEqualTo("AMEX ending " + second.substring(11));
        assertThat(cards(customer)).isEqualTo(2);
        assertThat(audit.entries(custId(customer)))
                .extracting(AuditEntry::action)
                .containsExactly("REGISTERED", "ACTIVATED", "PAYMENT_CARD_CHANGED");
    }

    @Test
    void attachesACardToABoxThatRegistrationActivatedAlready() {
        Customer customer = register();
        String activatedAt = login(customer).get("activation_date").asString();
        String number = TestCards.diners();

        BoxClient.Response response = activate(customer, TestCards.card("DINERS", number, TestCards.expiry(6), "321"));

        assertThat(response.verified()).as(response.text()).isTrue();
        assertThat(login(customer).get("activation_date").asString()).isEqualTo(activatedAt);
        assertThat(info(customer).get("last_payment_method").asString())
                .isEqualTo("DINERS ending " + number.substring(10));
    }

    @Test
    void keepsTheBrandLastFourExpiryHolderAndAFingerprintThatShowsTheSameCardOnAnotherBox() {
        String number = TestCards.master();
        Customer first = registerInactive();
        Customer second = registerInactive();
        Customer third = registerInactive();
        ObjectNode card = TestCards.card("MASTER", number, "2031-7-01", "123").put("cc_holder_name", "Ana Pérez");
        activate(first, card);
        activate(second, TestCards.card("MASTER", spaced(number), "2031-07-01", "999"));
        activate(third, validCard());

        var row = jdbc.sql("select * from payment_card where cust_id = :custId")
                .param("custId", custId(first))
                .query()
                .singleRow();
        String fingerprint = (String) row.get("fingerprint");
        assertThat(row.get("brand")).isEqualTo("MASTER");
        assertThat(row.get("last_four")).isEqualTo(number.substring(12));
        assertThat(row.get("expiry_month").toString()).isEqualTo("2031-07-01");
        assertThat(row.get("holder_name")).isEqualTo("Ana Pérez");
        assertThat(row.get("gateway_token")).isNull();
        assertThat(fingerprint).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("select c.box_id from payment_card p join customer c on c.cust_id = p.cust_id"
                                + " where p.fingerprint = :fingerprint order by c.box_id")
                        .param("fingerprint", fingerprint)
                        .query(Long.class)
                        .list())
                .containsExactly(first.boxId(), second.boxId());
    }
}
