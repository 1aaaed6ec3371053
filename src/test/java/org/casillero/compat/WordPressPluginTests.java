package org.casillero.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.BoxApiTest;
import org.casillero.Seeds;
import org.casillero.TestCards;
import org.casillero.compat.WordPressPlugin.Result;
import org.casillero.partner.PartnerAdministration;
import org.casillero.partner.TestPartners;
import org.casillero.partner.TestPartners.TestPartner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The pages of a partner site running Skypostal's WordPress plugin, replayed against the running
 * server: each request exactly as the plugin builds it (see {@link WordPressPlugin}), each answer
 * judged by the plugin's own test of success and read where the plugin reads it.
 */
class WordPressPluginTests extends BoxApiTest {
    private static final String SITE = "https://tienda.example.com";
    /** The plugin's date regex: digits only, an optional "+hhmm" (a negative offset never matches it). */
    private static final Pattern WCF_DATE = Pattern.compile("/Date\\(([0-9]+)(\\+[0-9]+)?");

    private WordPressPlugin site;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void openSite() {
        site = new WordPressPlugin(box, String.valueOf(Seeds.USER_CODE), Seeds.APP_KEY, String.valueOf(Seeds.COPA_ID));
    }

    /** The sign-up form as a customer fills it: the optional fields left empty, as most do. */
    private static Map<String, String> signUpForm(String email) {
        Map<String, String> form = new HashMap<>();
        form.put("first_name", "José");
        form.put("last_name", "Pérez");
        form.put("address_id_number", "");
        form.put("tax_number", "");
        form.put("date_of_birth", "19/08/1980");
        form.put("email", email);
        form.put("password", "clave/Secreta1");
        form.put("confirm_password", "clave/Secreta1");
        form.put("gender", "M");
        form.put("address_country", "155");
        form.put("address_state", "2761");
        form.put("address_city", "95411");
        form.put("address_region", "");
        form.put("address_postal_code", "");
        form.put("address_address", "Calle 5 de Mayo 3/45\r\nInterior B");
        form.put("account_phone_country", "52");
        form.put("account_phone_number", "4951234567");
        form.put("account_phone_ext", "");
        form.put("account_cellphone_country", "");
        form.put("account_cellphone_number", "");
        form.put("account_cellphone_ext", "");
        form.put("", "");
        return form;
    }

    private static String email() {
        return "wp-" + UUID.randomUUID() + "@example.com";
    }

    /** Signs up through the virtual registration page and keeps the session cookies, as the plugin does. */
    private JsonNode signUp(Map<String, String> form) {
        Result precheck = site.partnerGetInfo(form.get("email"));
        assertThat(precheck.status()).isEqualTo(200);
        assertThat(precheck.verified()).as("the e-mail is free").isFalse();

        Result result = site.registerVirtual(form, SITE);

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.verified()).as(result.body()).isTrue();
        assertThat(result.first().get("customer_key").asString()).isNotEmpty();
        site.saveSession(result.first());
        return result.first();
    }

    @Test
    void signUpPageRegistersACustomerWithTheOptionalFieldsLeftEmpty() {
        String email = email();

        JsonNode registered = signUp(signUpForm(email));

        // Welcome e-mail ("default" mode): the suite number from the partner lookup's address country.
        Result info = site.partnerGetInfo(email);
        assertThat(info.verified()).isTrue();
        String suite =
                info.first().get("customer_address").get(0).get("ctry_iso_code").asString()
                        + registered.get("customer_box_id").asString();
        assertThat(suite).isEqualTo("MX" + registered.get("customer_box_id").asLong());
        assertThat(info.first().get("ctry_iso_code").asString()).isEqualTo("MX");

        JsonNode customer = site.getInfo().first();
        assertThat(customer.get("customer_first_name").asString()).isEqualTo("José");
        assertThat(customer.get("customer_identity_number").asString()).isEmpty();
        assertThat(customer.get("customer_tax_number").asLong()).isZero();
        JsonNode address = customer.get("customer_address").get(0);
        assertThat(address.get("address_01").asString()).isEqualTo("Calle 5 de Mayo 3/45 Interior B");
        assertThat(address.get("locality_town").asString()).isEmpty();
        assertThat(address.get("neighborhood").asString()).isEmpty();
        assertThat(address.get("zip_code").asString()).isEmpty();
        assertThat(customer.get("customer_phone")).hasSize(1);
        assertThat(customer.get("customer_phone").get(0).get("phone_number").asString())
                .isEqualTo("4951234567");
    }

    @Test
    void signUpPageRegistersWithEveryFieldFilledAndStaleCookiesInTheBrowser() {
        JsonNode earlier = signUp(signUpForm(email()));
        // The browser still holds the earlier customer's cookies: the plugin adds them to the sign-up too.
        site.setCookies(
                earlier.get("customer_key").asString(),
                earlier.get("customer_box_id").asString());
        Map<String, String> form = signUpForm(email());
        form.put("address_id_number", "CURP-123");
        form.put("tax_number", "00123");
        form.put("address_region", "Centro");
        form.put("address_postal_code", "20800");
        form.put("account_phone_ext", "12");
        form.put("account_cellphone_country", "52");
        form.put("account_cellphone_number", "4497654321");
        form.put("", "Registrar cliente");

        JsonNode registered = signUp(form);

        assertThat(registered.get("customer_box_id").asLong())
                .isNotEqualTo(earlier.get("customer_box_id").asLong());
        JsonNode customer = site.getInfo().first();
        assertThat(customer.get("customer_tax_number").asLong()).isEqualTo(123);
        assertThat(customer.get("customer_address").get(0).get("locality_town").asString())
                .isEqualTo("Registrar cliente");
        assertThat(customer.get("customer_phone")).hasSize(2);
        assertThat(customer.get("customer_phone").get(1).get("phone_type").asInt())
                .isEqualTo(2);
    }

    @Test
    void signUpPageSaysTheEmailAlreadyExists() {
        Map<String, String> form = signUpForm(email());
        signUp(form);
        site.logout();

        // The page's pre-check: the partner lookup finds the e-mail...
        assertThat(site.partnerGetInfo(form.get("email")).verified()).isTrue();
        // ... and the registration itself answers the one text the plugin matches.
        Result again = site.registerVirtual(form, SITE);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.verified()).isFalse();
        assertThat(again.first().get("error").get("error_description").asString())
                .isEqualTo("The email account sent is already registered and associated with a box.");
    }

    @Test
    void signUpPageShowsRegistrationFailedForARequiredFieldLeftEmpty() {
        Map<String, String> form = signUpForm(email());
        form.put("address_address", "");

        Result result = site.registerVirtual(form, SITE);

        assertThat(result.status()).as("an answer the plugin can read").isEqualTo(200);
        assertThat(result.verified()).isFalse();
        assertThat(result.first().get("error").get("error_location").asString())
                .isEqualTo("customer_address[0].address_01");
    }

    @Test
    void signUpPageShowsRegistrationFailedForATaxNumberThatIsNotAWholeNumber() {
        for (String typed : List.of("12.5", "1e3", "-5", "0.0")) {
            Map<String, String> form = signUpForm(email());
            form.put("tax_number", typed);

            Result result = site.registerVirtual(form, SITE);

            assertThat(result.status()).as(typed).isEqualTo(200);
            assertThat(result.verified()).as(typed).isFalse();
            assertThat(result.first().get("error").get("error_location").asString())
                    .as(typed)
                    .isEqualTo("customer_tax_number");
        }
    }

    @Test
    void loginPageLogsInAndKeepsTheSessionCookies() {
        Map<String, String> form = signUpForm(email());
        JsonNode registered = signUp(form);
        site.logout();

        Result login = site.login(form.get("email"), form.get("password"));

        // sp_init.php: success is $result[0]->_verify && $result[0]->is_enable.
        assertThat(login.verified()).as(login.body()).isTrue();
        assertThat(WordPressPlugin.truthy(login.first().get("is_enable"))).isTrue();
        assertThat(login.first().get("customer_first_name").asString()).isEqualTo("José");
        site.saveSession(login.first());
        assertThat(site.cookieBoxId())
                .isEqualTo(registered.get("customer_box_id").asString());
        assertThat(site.getInfo().verified()).isTrue();
    }

    @Test
    void loginPageSaysInvalidCredentialsForAWrongOrEmptyForm() {
        Map<String, String> form = signUpForm(email());
        signUp(form);
        site.logout();

        for (List<String> attempt :
                List.of(List.of(form.get("email"), "wrong"), List.of("", ""), List.of(form.get("email"), ""))) {
            Result login = site.login(attempt.get(0), attempt.get(1));
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            assertThat(login.verified()).isFalse();
        }
    }

    @Test
    void accountPageShowsTheWelcomeBoxSuiteAndBirthDate() {
        JsonNode registered = signUp(signUpForm(email()));

        Result info = site.getInfo();

        assertThat(info.verified()).isTrue();
        JsonNode customer = info.first();
        // Login info box: "Suite # " + customer_address[0]->ctry_iso_code + the box id cookie.
        assertThat(customer.get("customer_address").get(0).get("ctry_iso_code").asString() + site.cookieBoxId())
                .isEqualTo("MX" + registered.get("customer_box_id").asLong());
        assertThat(WordPressPlugin.truthy(customer.get("is_active"))).isTrue();
        // Personal info form: the birth date as the plugin parses it (UTC, offset ignored).
        Matcher date = WCF_DATE.matcher(customer.get("customer_birth_date").asString());
        assertThat(date.find()).isTrue();
        assertThat(DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.ofEpochMilli(Long.parseLong(date.group(1)))))
                .isEqualTo("19/08/1980");
        // Consolidation status page: box_status 5 means on; activation page: the last payment method.
        assertThat(customer.get("box_status").asInt()).isEqualTo(1);
        assertThat(customer.get("last_payment_method").asString()).isEmpty();
    }

    @Test
    void accountPageSaysInvalidSessionWithoutValidCookies() {
        signUp(signUpForm(email()));
        site.setCookies("not-the-key", site.cookieBoxId());

        Result info = site.getInfo();

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.verified()).isFalse();
    }

    @Test
    void personalInfoPageUpdatesWithTheIdentityNumberLeftEmpty() {
        Map<String, String> form = signUpForm(email());
        form.put("address_id_number", "CURP-123");
        signUp(form);
        form.put("first_name", "José María");
        form.put("address_id_number", "");
        form.put("date_of_birth", "20/08/1981");
        form.put("gender", "M");

        Result result = site.updatePersonalInfo(form);

        assertThat(result.verified()).as(result.body()).isTrue();
        JsonNode customer = site.getInfo().first();
        assertThat(customer.get("customer_first_name").asString()).isEqualTo("José María");
        assertThat(customer.get("customer_identity_number").asString()).isEqualTo("CURP-123");
    }

    @Test
    void addressPageUpdatesTheAddressWithEmptyPhonePartsSentAsZero() {
        Map<String, String> form = signUpForm(email());
        signUp(form);
        // The page fills its form from get-info: codes, address, and each phone by its type.
        JsonNode address = site.getInfo().first().get("customer_address").get(0);
        assertThat(address.get("country_code").asInt()).isEqualTo(155);
        assertThat(address.get("state_code").asInt()).isEqualTo(2761);
        form.put("address_city", address.get("city_code").asString());
        form.put("address_address", "Av. Siempre Viva 742");
        form.put("address_postal_code", "20800");
        form.put("account_phone_country", "");
        form.put("account_phone_number", "");
        form.put("account_phone_ext", "");
        form.put("account_cellphone_country", "52");
        form.put("account_cellphone_number", "4497654321");

        Result result = site.updateAddressInfo(form);

        assertThat(result.verified()).as(result.body()).isTrue();
        JsonNode customer = site.getInfo().first();
        JsonNode stored = customer.get("customer_address").get(0);
        assertThat(stored.get("address_01").asString()).isEqualTo("Av. Siempre Viva 742");
        assertThat(stored.get("zip_code").asString()).isEqualTo("20800");
        assertThat(stored.get("phone_area").asString()).isEqualTo("52");
        assertThat(stored.get("phone_number").asString()).isEqualTo("4951234567");
        assertThat(phones(customer)).containsExactly("1:52:4951234567:", "2:52:4497654321:");
    }

    @Test
    void addressPageKeepsTheAddressPhoneOnceWhenTheFormSendsItAgain() {
        Map<String, String> form = signUpForm(email());
        form.put("account_cellphone_country", "52");
        form.put("account_cellphone_number", "4497654321");
        signUp(form);
        form.put("account_phone_number", "4950000000");
        form.put("account_phone_ext", "7");

        for (int visit = 0; visit < 2; visit++) {
            Result result = site.updateAddressInfo(form);
            assertThat(result.verified()).as(result.body()).isTrue();
        }

        JsonNode customer = site.getInfo().first();
        assertThat(customer.get("customer_address").get(0).get("phone_number").asString())
                .isEqualTo("4950000000");
        assertThat(phones(customer)).containsExactly("1:52:4950000000:7", "2:52:4497654321:");
    }

    @Test
    void emailPageChangesTheEmailAndTheOldCookieKeyStopsWorking() {
        signUp(signUpForm(email()));
        String current = site.getInfo().first().get("customer_email").asString();
        String newEmail = email();

        Result result = site.updateEmail(current, newEmail);

        assertThat(result.verified()).as(result.body()).isTrue();
        assertThat(result.first().get("customer_email").asString()).isEqualTo(newEmail.toUpperCase(Locale.ROOT));
        // The plugin keeps the old key in its cookie: the session is invalid until the customer logs in again.
        assertThat(site.getInfo().verified()).isFalse();
        Result login = site.login(newEmail, "clave/Secreta1");
        assertThat(login.verified()).isTrue();
        site.saveSession(login.first());
        assertThat(site.getInfo().verified()).isTrue();
    }

    @Test
    void passwordPageChangesThePasswordOfTheLoggedInCustomer() {
        Map<String, String> form = signUpForm(email());
        signUp(form);
        String email = site.getInfo().first().get("customer_email").asString();

        // Box id and key start empty and are replaced by the login cookies.
        Result result = site.updatePassword(null, null, email, "Nueva/Clave2");

        assertThat(result.verified()).as(result.body()).isTrue();
        site.logout();
        assertThat(site.login(form.get("email"), "clave/Secreta1").verified()).isFalse();
        assertThat(site.login(form.get("email"), "Nueva/Clave2").verified()).isTrue();
    }

    @Test
    void passwordRecoveryPagesResetThePasswordWithTheCodeFromThePartnerLookup() {
        Map<String, String> form = signUpForm(email());
        signUp(form);
        site.logout();
        String typed = form.get("email").toUpperCase(Locale.ROOT);

        // Send-code page: the code is derived from the customer_key of the partner lookup.
        Result found = site.partnerGetInfo(typed);
        assertThat(found.verified()).isTrue();
        String emailSent = typed.toLowerCase(Locale.ROOT);
        int d = 417;
        long mailed =
                WordPressPlugin.recoveryCode(found.first().get("customer_key").asString(), d, emailSent);

        // Update page, later, from the link: the same lookup must give the same key.
        Result again = site.partnerGetInfo(emailSent);
        assertThat(WordPressPlugin.recoveryCode(
                        again.first().get("customer_key").asString(), d, emailSent))
                .isEqualTo(mailed);
        Result result = site.updatePassword(
                again.first().get("customer_box_id").asLong(),
                again.first().get("customer_key").asString(),
                emailSent,
                "Recuperada/3");

        assertThat(result.verified()).as(result.body()).isTrue();
        assertThat(site.login(form.get("email"), "Recuperada/3").verified()).isTrue();
    }

    @Test
    void signUpAndAddressFormsFillTheirCountryStateAndCitySelects() {
        signUp(signUpForm(email()));

        Result countries = site.countries();
        Result states = site.states("155");
        Result cities = site.cities("2761");
        // The address page passes get-info's codes, which are JSON numbers.
        Result statesByNumber = site.states(155);

        assertThat(names(countries.json(), "country")).containsEntry("155", "Mexico");
        assertThat(names(states.json(), "state")).containsEntry("2761", "Aguascalientes");
        assertThat(names(cities.json(), "city")).containsEntry("95411", "Calvillo");
        assertThat(statesByNumber.json()).isEqualTo(states.json());
        // Codes are numbers, never 0 (the plugin's "Please select" entry).
        assertThat(names(cities.json(), "city")).doesNotContainKey("0");
    }

    /**
     * The activation page's card form as a customer fills it: the number as printed on the card, the
     * month select's key (unpadded), the year select's.
     */
    private static Map<String, String> cardForm(String brand, String number) {
        Map<String, String> form = new HashMap<>();
        form.put("cc_type_name", brand);
        form.put("cc_holder_name", "José Pérez");
        form.put("cc_number", number.replaceAll("(\\d{4})(?=\\d)", "$1 "));
        form.put("cc_expiration_month", "5");
        form.put("cc_expiration_year", "" + (Year.now().getValue() + 2));
        form.put("cc_security_code", "123");
        return form;
    }

    /** Signs up through the default registration page (register-info) and keeps the session cookies. */
    private JsonNode signUpDefault(WordPressPlugin site, Map<String, String> form, String siteUrl) {
        assertThat(site.partnerGetInfo(form.get("email")).verified())
                .as("the e-mail is free")
                .isFalse();
        Result result = site.registerDefault(form, siteUrl);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.verified()).as(result.body()).isTrue();
        site.saveSession(result.first());
        return result.first();
    }

    @Test
    void defaultSignUpRegistersAnInactiveBoxThatTheActivationPageActivatesWithACard() {
        Map<String, String> form = signUpForm(email());
        JsonNode registered = signUpDefault(site, form, SITE);

        // Every page: "Your account is not active" while get-info's is_active is falsy.
        JsonNode inactive = site.getInfo().first();
        assertThat(WordPressPlugin.truthy(inactive.get("is_active"))).isFalse();
        assertThat(inactive.get("box_status").asInt()).isZero();
        Result lookup = site.partnerGetInfo(form.get("email"));
        assertThat(WordPressPlugin.truthy(lookup.first().get("is_active"))).isFalse();
        assertThat(lookup.first().get("ctry_iso_code").asString()
                        + registered.get("customer_box_id").asString())
                .isEqualTo("MX" + registered.get("customer_box_id").asLong());
        String number = TestCards.visa();

        Result activated = site.activateBox(cardForm("VISA", number), SITE);

        // sp_init.php: "Information updated successfully" on $result[0]->_verify.
        assertThat(activated.verified()).as(activated.body()).isTrue();
        assertThat(activated.first().get("customer_box_id").asLong())
                .isEqualTo(registered.get("customer_box_id").asLong());
        // The activation page again: "Your current payment method" is last_payment_method, as is.
        JsonNode active = site.getInfo().first();
        assertThat(WordPressPlugin.truthy(active.get("is_active"))).isTrue();
        assertThat(active.get("last_payment_method").asString()).isEqualTo("VISA ending " + number.substring(12));
        site.logout();
        Result login = site.login(form.get("email"), form.get("password"));
        assertThat(login.verified() && WordPressPlugin.truthy(login.first().get("is_enable")))
                .isTrue();
        assertThat(WordPressPlugin.truthy(login.first().get("is_active"))).isTrue();
    }

    @Test
    void activationPageShowsARefusedCardWithoutEchoingIt() {
        signUpDefault(site, signUpForm(email()), SITE);
        String number = TestCards.master();
        Map<String, String> wrongDigit = cardForm("MASTER", TestCards.withWrongCheckDigit(number));
        Map<String, String> expired = cardForm("MASTER", number);
        expired.put("cc_expiration_year", "2020");
        Map<String, String> wrongBrand = cardForm("VISA", number);

        Result[] results = {
            site.activateBox(wrongDigit, SITE), site.activateBox(expired, SITE), site.activateBox(wrongBrand, SITE)
        };

        // The plugin prints print_r($result) under "Information not updated": the page must not show the card.
        assertThat(results).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.verified()).isFalse();
            assertThat(result.body()).doesNotContain(number.substring(0, 12), "123\"");
        });
        assertThat(results[0].first().get("error").get("error_location").asString())
                .isEqualTo("customer_credit_card[0].cc_number");
        assertThat(results[1].first().get("error").get("error_location").asString())
                .isEqualTo("customer_credit_card[0].cc_expiration_date");
        assertThat(results[2].first().get("error").get("error_location").asString())
                .isEqualTo("customer_credit_card[0].cc_type_name");
        assertThat(WordPressPlugin.truthy(site.getInfo().first().get("is_active")))
                .isFalse();
    }

    @Test
    void signUpPagesTakeThePartnerListedForTheSiteUrlAndElseTheConfiguredOne() {
        TestPartner partner = TestPartners.create(context);
        String siteUrl = "https://tienda-" + partner.copaId() + ".example.com";
        context.getBean(PartnerAdministration.class).addSite(partner.copaId(), siteUrl);
        // The admin option names a partner this site's API user does not act for: only the URL can help.
        WordPressPlugin partnerSite =
                new WordPressPlugin(box, "" + partner.userCode(), partner.appKey(), "" + Seeds.COPA_ID);

        assertThat(partnerSite.copartner(siteUrl)).isEqualTo((long) partner.copaId());
        assertThat(partnerSite.copartner("https://unlisted.example.com")).isEqualTo("" + Seeds.COPA_ID);
        signUpDefault(partnerSite, signUpForm(email()), siteUrl);
        Result activated = partnerSite.activateBox(cardForm("AMEX", TestCards.amex()), siteUrl);
        assertThat(activated.verified()).as(activated.body()).isFalse();
        assertThat(activated.first().get("error").get("error_location").asString())
                .as("an AMEX code has 4 digits")
                .isEqualTo("customer_credit_card[0].cc_security_code");
        Map<String, String> amex = cardForm("AMEX", TestCards.amex());
        amex.put("cc_security_code", "1234");
        assertThat(partnerSite.activateBox(amex, siteUrl).verified()).isTrue();
    }

    /** What the plugin's select builders make of a geographic answer: code => name, no _verify check. */
    private static Map<String, String> names(JsonNode answer, String kind) {
        Map<String, String> options = new HashMap<>();
        assertThat(answer).isNotNull();
        answer.forEach(item -> {
            assertThat(item.get(kind + "_code").isNumber()).isTrue();
            options.put(
                    item.get(kind + "_code").asString(),
                    item.get(kind + "_name").asString());
        });
        return options;
    }

    /** type:area:number:extension of each phone get-info answers. */
    private static List<String> phones(JsonNode customer) {
        List<String> phones = new ArrayList<>();
        customer.get("customer_phone")
                .forEach(phone -> phones.add(phone.get("phone_type").asInt() + ":"
                        + phone.get("phone_area_code").asString() + ":"
                        + phone.get("phone_number").asString() + ":"
                        + phone.get("phone_extension").asString()));
        return phones;
    }
}
