package org.casillero.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.TestCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import picocli.CommandLine;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operator command, run inside the server on this run's database, and its effect checked
 * through the Box API. SQL parameter tracing is on, to show that keys never reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"logging.level.org.springframework.jdbc.core=TRACE"})
class AdminCommandTests extends BoxApiTest {
    private static final AtomicInteger NEXT_ID =
            new AtomicInteger(900_000 + ThreadLocalRandom.current().nextInt(50_000));
    private static final Pattern APP_KEY = Pattern.compile("^app_key: ([0-9a-f]{32})$", Pattern.MULTILINE);
    private static final String INVALID = "The credentials sent are not valid.";
    private static final String REGISTRATION = BoxClient.CUSTOMER + "customer-registration";
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";
    private static final String COPA_BY_URL = "/wcf-services/service-partner.svc/partner/get-copa-by-url";

    @Autowired
    AdminCli cli;

    @Autowired
    JdbcClient jdbc;

    record Run(int status, String out, String err) {}

    /** A partner with an API user acting for it alone, made through the commands. */
    record Provisioned(int copaId, int userCode, String appKey) {}

    @Test
    void createsAPartnerAndListsIt() {
        int copaId = NEXT_ID.incrementAndGet();

        Run created = admin("partner", "create", "--copa-id", "" + copaId, "--name", "  Tienda Uno  ");
        Run listed = admin("partner", "list");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("Created partner " + copaId + " (Tienda Uno).\n");
        assertThat(listed.out().lines()).first().asString().startsWith("COPA_ID");
        assertThat(listed.out().lines())
                .anySatisfy(line -> assertThat(line).matches(copaId + " +Tienda Uno +\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .anySatisfy(line -> assertThat(line).startsWith("616 "));
    }

    @Test
    void refusesATakenCopaIdOrABadNameAndCreatesNothing() {
        int copaId = NEXT_ID.incrementAndGet();
        admin("partner", "create", "--copa-id", "" + copaId, "--name", "First");

        Run taken = admin("partner", "create", "--copa-id", "" + copaId, "--name", "Second");
        Run blank = admin("partner", "create", "--copa-id", "" + NEXT_ID.incrementAndGet(), "--name", " ");
        Run negative = admin("partner", "create", "--copa-id", "-5", "--name", "Negative");

        assertThat(taken).isEqualTo(new Run(1, "", "error: --copa-id " + copaId + " is already a partner\n"));
        assertThat(blank).isEqualTo(new Run(1, "", "error: --name must have 1 to 200 characters\n"));
        assertThat(negative).isEqualTo(new Run(1, "", "error: --copa-id must be a positive number\n"));
        assertThat(admin("partner", "list").out()).contains("First").doesNotContain("Second", "Negative");
    }

    @Test
    void createsAnApiUserWithWhichAPartnerRunsTheWholeLifecycle() {
        Provisioned partner = provision();
        String email = uniqueEmail();
        ObjectNode registration = as(partner, registration(email));

        var registered = box.post(REGISTRATION, registration);
        assertThat(registered.verified()).as(registered.text()).isTrue();
        long boxId = registered.first().get("customer_box_id").asLong();
        String key = registered.first().get("customer_key").asString();

        ObjectNode login = as(partner, appCredentials());
        login.put("customer_email", email);
        login.put("customer_password", "pass123");
        assertThat(box.post(LOGIN, login).first().get("customer_key").asString())
                .isEqualTo(key);

        String newEmail = uniqueEmail();
        ObjectNode move = customer(partner, boxId, key);
        move.put("customer_current_email", email);
        move.put("customer_new_email", newEmail);
        var moved = box.post(BoxClient.CUSTOMER + "customer-update-email", move);
        String newKey = moved.first().get("customer_key").asString();

        ObjectNode password = customer(partner, boxId, newKey);
        password.put("customer_email", newEmail);
        password.put("customer_new_password", "new-pass-456");
        assertThat(box.post(BoxClient.CUSTOMER + "customer-update-password", password)
                        .first()
                        .get("updated_rows")
                        .asInt())
                .isEqualTo(1);

        login.put("customer_email", newEmail);
        login.put("customer_password", "new-pass-456");
        assertThat(box.post(LOGIN, login).first().get("customer_key").asString())
                .isEqualTo(newKey);
        var info = box.post(BoxClient.CUSTOMER + "customer-get-info", customer(partner, boxId, newKey));
        assertThat(info.first().get("customer_email").asString()).isEqualTo(newEmail.toUpperCase(Locale.ROOT));
    }

    @Test
    void showsTheAppKeyOnlyOnceAndStoresOnlyItsHash(CapturedOutput log) {
        Provisioned partner = provision();

        Run listed = admin("api-user", "list");
        String stored = jdbc.sql("select app_key_hash from api_user where user_code = :code")
                .param("code", partner.userCode())
                .query(String.class)
                .single();

        assertThat(listed.out().lines())
                .anySatisfy(line ->
                        assertThat(line).matches(partner.userCode() + " +yes +" + partner.copaId() + " +\\d{4}-.*Z"));
        assertThat(stored).hasSize(64).isNotEqualTo(partner.appKey());
        assertThat(listed.out()).doesNotContain(partner.appKey(), stored);
        assertThat(log.getAll())
                .contains("Setting SQL statement parameter value") // the tracing really is on
                .doesNotContain(partner.appKey());
    }

    @Test
    void rotatesAnAppKeySoThatTheOldOneIsRefusedEverywhere(CapturedOutput log) {
        Provisioned partner = provision();

        Run rotated = admin("api-user", "rotate-key", "--user-code", "" + partner.userCode());
        String newKey = appKey(rotated);

        assertThat(rotated.out())
                .startsWith(
                        "Replaced the app key of API user " + partner.userCode() + "; the old key no longer works.");
        assertThat(newKey).isNotEqualTo(partner.appKey());
        for (String path : everyOperation()) {
            assertThat(box.post(path, registrationFor(partner)).errorDescription())
                    .as(path)
                    .isEqualTo(INVALID);
        }
        Provisioned renewed = new Provisioned(partner.copaId(), partner.userCode(), newKey);
        assertThat(box.post(REGISTRATION, registrationFor(renewed)).verified()).isTrue();
        assertThat(log.getAll()).doesNotContain(newKey, partner.appKey());
    }

    @Test
    void disablesAndReEnablesAnApiUser() {
        Provisioned partner = provision();
        String code = "" + partner.userCode();

        Run disabled = admin("api-user", "disable", "--user-code", code);
        String refused = box.post(REGISTRATION, registrationFor(partner)).errorDescription();
        Run again = admin("api-user", "disable", "--user-code", code);
        Run listed = admin("api-user", "list");
        Run enabled = admin("api-user", "enable", "--user-code", code);

        assertThat(disabled.out()).isEqualTo("Disabled API user " + code + ".\n");
        assertThat(refused).isEqualTo(INVALID);
        assertThat(again.out()).isEqualTo("API user " + code + " was already disabled.\n");
        assertThat(listed.out().lines()).anySatisfy(line -> assertThat(line).matches(code + " +no +.*"));
        assertThat(enabled.out()).isEqualTo("Enabled API user " + code + ".\n");
        assertThat(box.post(REGISTRATION, registrationFor(partner)).verified()).isTrue();
    }

    @Test
    void bindsAnApiUserToSeveralPartners() {
        Provisioned first = provision();
        int second = NEXT_ID.incrementAndGet();
        int third = NEXT_ID.incrementAndGet();
        admin("partner", "create", "--copa-id", "" + second, "--name", "Second");
        admin("partner", "create", "--copa-id", "" + third, "--name", "Third");
        int userCode = NEXT_ID.incrementAndGet();

        Run created =
                admin("api-user", "create", "--user-code", "" + userCode, "--partner", first.copaId() + "," + second);
        Run granted = admin("api-user", "grant", "--user-code", "" + userCode, "--partner", "" + third);
        Run again = admin("api-user", "grant", "--user-code", "" + userCode, "--partner", "" + third);
        Provisioned user = new Provisioned(third, userCode, appKey(created));

        assertThat(created.out())
                .startsWith("Created API user " + userCode + " for partner(s) " + first.copaId() + ", " + second + ".");
        assertThat(granted.out()).isEqualTo("API user " + userCode + " may now act for partner " + third + ".\n");
        assertThat(again.out()).isEqualTo("API user " + userCode + " already acts for partner " + third + ".\n");
        for (int copaId : List.of(first.copaId(), second, third)) {
            ObjectNode registration = as(user, registration(uniqueEmail()));
            registration.put("copa_id", copaId);
            assertThat(box.post(REGISTRATION, registration).verified())
                    .as("copa_id %d", copaId)
                    .isTrue();
        }
        ObjectNode elsewhere = as(user, registration(uniqueEmail()));
        elsewhere.put("copa_id", 616);
        assertThat(box.post(REGISTRATION, elsewhere).verified()).isFalse();
    }

    @Test
    void refusesAnApiUserForAnUnknownPartnerOrATakenCodeAndCreatesNothing() {
        Provisioned partner = provision();
        int userCode = NEXT_ID.incrementAndGet();

        Run unknown = admin("api-user", "create", "--user-code", "" + userCode, "--partner", partner.copaId() + ",1");
        Run taken = admin("api-user", "create", "--user-code", "" + partner.userCode(), "--partner", "616");
        Run rotateUnknown = admin("api-user", "rotate-key", "--user-code", "" + userCode);

        assertThat(unknown).isEqualTo(new Run(1, "", "error: --partner 1 is not a partner\n"));
        assertThat(taken)
                .isEqualTo(new Run(1, "", "error: --user-code " + partner.userCode() + " is already an API user\n"));
        assertThat(rotateUnknown).isEqualTo(new Run(1, "", "error: --user-code " + userCode + " is not an API user\n"));
        assertThat(admin("api-user", "list").out()).doesNotContain(userCode + " ");
    }

    @Test
    void findsACustomerByBoxIdOrEmailWithoutItsSecrets() {
        Customer customer = register();
        String box = "" + customer.boxId();
        String email = customer.email().toUpperCase(Locale.ROOT);

        Run byBox = admin("customer", "find", "--box-id", box);
        Run byEmail = admin("customer", "find", "--email", email.toLowerCase(Locale.ROOT));
        Run ofPartner = admin("customer", "find", "--email", email, "--partner", "616");
        Run ofOtherPartner = admin("customer", "find", "--email", email, "--partner", "1");

        assertThat(byBox.out().lines().toList()).hasSize(2).first().asString().startsWith("BOX_ID  COPA_ID  EMAIL");
        assertThat(byBox.out().lines().toList().get(1))
                .matches(box + " +616 +" + Pattern.quote(email) + " +John +Doe +yes +yes +no +no +\\d{4}-.*Z");
        assertThat(byEmail).isEqualTo(byBox);
        assertThat(ofPartner).isEqualTo(byBox);
        assertThat(ofOtherPartner.out()).isEqualTo("No customer has this e-mail address.\n");
        assertThat(byBox.out()).doesNotContain(customer.key(), "pass123", "$argon2");
        assertThat(admin("customer", "find", "--box-id", "1"))
                .isEqualTo(new Run(1, "", "error: No customer has this box id.\n"));
        assertThat(admin("customer", "find").status()).isEqualTo(2);
        assertThat(admin("customer", "find", "--box-id", box, "--email", email).err())
                .startsWith("Give exactly one of --box-id and --email");
    }

    @Test
    void disablesAndReEnablesACustomerAndAuditsIt() {
        Customer customer = register();
        String box = "" + customer.boxId();
        ObjectNode login = appCredentials();
        login.put("customer_email", customer.email());
        login.put("customer_password", "pass123");

        Run disabled = admin("customer", "disable", "--box-id", box, "--operator", "alice");
        String refused = this.box.post(LOGIN, login).errorDescription();
        Run again = admin("customer", "disable", "--box-id", box, "--operator", "alice");
        Run enabled = admin("customer", "enable", "--box-id", box, "--operator", "bob");
        Run audit = admin("customer", "audit", "--box-id", box);

        assertThat(disabled.out()).isEqualTo("Disabled customer " + box + ".\n");
        assertThat(refused).isEqualTo("The customer account is disabled.");
        assertThat(again.out()).isEqualTo("Customer " + box + " was already disabled.\n");
        assertThat(enabled.out()).isEqualTo("Enabled customer " + box + ".\n");
        assertThat(this.box.post(LOGIN, login).verified()).isTrue();
        assertThat(audit.out()
                        .lines()
                        .skip(1)
                        .map(AdminCommandTests::withoutTime)
                        .toList())
                .satisfiesExactly(
                        line -> assertThat(line).startsWith("api-user 396 REGISTERED "),
                        line -> assertThat(line).isEqualTo("operator alice DISABLED is_enable"),
                        line -> assertThat(line).isEqualTo("operator bob ENABLED is_enable"));
        assertThat(admin("customer", "enable", "--box-id", "1").err())
                .isEqualTo("error: No customer has this box id.\n");
        assertThat(admin("customer", "disable", "--box-id", box, "--operator", " ")
                        .status())
                .isEqualTo(2);
    }

    @Test
    void rotatesACustomersKeySoThatTheOldOneIsRefusedAndTheLoginGivesTheNewOne(CapturedOutput log) {
        Customer customer = register();
        String box = "" + customer.boxId();
        ObjectNode login = appCredentials();
        login.put("customer_email", customer.email());
        login.put("customer_password", "pass123");

        Run rotated = admin("customer", "rotate-key", "--box-id", box, "--operator", "alice");
        BoxClient.Response oldKey = this.box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());
        String newKey = this.box.post(LOGIN, login).first().get("customer_key").asString();
        ObjectNode renewed = customer.credentials().put("customer_key", newKey);
        Run audit = admin("customer", "audit", "--box-id", box);

        assertThat(rotated.status()).as(rotated.err()).isZero();
        assertThat(rotated.out())
                .isEqualTo("Gave customer " + box + " a new key; the old key no longer works. Its partner gets"
                        + " the new key through the customer's login or the partner's lookup.\n");
        assertThat(oldKey.errorDescription()).as("the old key, at once").isEqualTo(INVALID);
        assertThat(newKey).isNotEqualTo(customer.key()).hasSize(44);
        assertThat(this.box
                        .post(BoxClient.CUSTOMER + "customer-get-info", renewed)
                        .verified())
                .isTrue();
        assertThat(audit.out().lines().map(AdminCommandTests::withoutTime).toList())
                .last()
                .isEqualTo("operator alice KEY_ROTATED customer_key");
        assertThat(rotated.out() + rotated.err() + audit.out() + log.getAll()).doesNotContain(newKey, customer.key());

        Run unknown = admin("customer", "rotate-key", "--box-id", "1");
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).isEqualTo("error: No customer has this box id.\n");
    }

    @Test
    void readsAnAuditTrailThatNamesFieldsButNoSecrets() {
        Customer customer = register();
        ObjectNode personal = customer.credentials();
        personal.put("customer_first_name", "Jane");
        box.post(BoxClient.CUSTOMER + "customer-update-personal-info", personal);
        ObjectNode password = customer.credentials();
        password.put("customer_email", customer.email());
        password.put("customer_new_password", "audit-secret-123");
        box.post(BoxClient.CUSTOMER + "customer-update-password", password);

        Run audit = admin("customer", "audit", "--box-id", "" + customer.boxId());

        assertThat(audit.out().lines().toList()).hasSize(4).first().asString().matches("AT +BY +ACTION +FIELDS");
        assertThat(audit.out().lines().skip(1).toList())
                .satisfiesExactly(
                        line -> assertThat(line)
                                .matches(
                                        "\\d{4}-.*Z +api-user 396 +REGISTERED +language_code,copa_id,customer_first_name,.*"),
                        line -> assertThat(line)
                                .matches("\\d{4}-.*Z +api-user 396 +PERSONAL_INFO_CHANGED +customer_first_name"),
                        line -> assertThat(line)
                                .matches("\\d{4}-.*Z +api-user 396 +PASSWORD_CHANGED +customer_password"));
        assertThat(audit.out()).doesNotContain("audit-secret-123", "pass123", customer.key());
        assertThat(admin("customer", "audit", "--box-id", "1").status()).isEqualTo(1);
    }

    @Test
    void answersHelpForEveryCommand() {
        List<List<String>> paths = new ArrayList<>();
        collectCommands(cli.commandLine(), List.of(), paths);

        assertThat(paths)
                .contains(
                        List.of("partner", "create"),
                        List.of("api-user", "rotate-key"),
                        List.of("customer", "audit"),
                        List.of("customer", "rotate-key"),
                        List.of("geo", "import"),
                        List.of("warehouse", "create"),
                        List.of("staff", "rotate-token"),
                        List.of("tariff", "set"))
                .contains(
                        List.of("partner", "site", "add"), List.of("customer", "cards"), List.of("invoice-rule", "set"))
                .contains(List.of("api-user", "audit"))
                .hasSize(48);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Run help = admin(args.toArray(String[]::new));
            assertThat(help.status()).as("%s", path).isZero();
            assertThat(help.out())
                    .as("%s", path)
                    .startsWith(String.join(" ", List.of("Usage:", "admin", String.join(" ", path)))
                            .strip());
        }
    }

    @Test
    void explainsBadUsage() {
        Run notANumber = admin("partner", "create", "--copa-id", "abc", "--name", "X");
        Run unknownCommand = admin("partner", "remove");
        Run missingOption = admin("api-user", "create", "--user-code", "5");
        Run nothing = admin();
        Run groupAlone = admin("customer");

        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.err()).startsWith("Invalid value for option '--copa-id': 'abc' is not an int");
        assertThat(unknownCommand.status()).isEqualTo(2);
        assertThat(unknownCommand.err())
                .startsWith("Unmatched argument at index 1: 'remove'")
                .contains("Did you mean: partner create?");
        assertThat(missingOption.status()).isEqualTo(2);
        assertThat(missingOption.err()).startsWith("Missing required option: '--partner=COPA_ID");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err())
                .startsWith(
                        "Missing command: one of [partner, api-user, customer, geo, warehouse, staff, tariff, family,"
                                + " customs, invoice-rule]");
        assertThat(groupAlone.err())
                .startsWith("Missing command: one of [audit, cards, disable, enable, find, rotate-key]");
        assertThat(List.of(notANumber, missingOption, nothing))
                .allSatisfy(run -> assertThat(run.err()).contains("Usage: admin"));
    }

    @Test
    void listsASitesDomainForAPartnerSoThatTheSiteFindsItsPartner() {
        Provisioned partner = provision();
        String domain = "tienda-" + partner.copaId() + ".example.com";
        ObjectNode lookup = as(partner, appCredentials()).put("copa_url", "https://www." + domain + "/shop");

        Run added = admin("partner", "site", "add", "--partner", "" + partner.copaId(), "--domain", "WWW." + domain);
        Run again =
                admin("partner", "site", "add", "--partner", "" + partner.copaId(), "--domain", "https://" + domain);
        Run listed = admin("partner", "site", "list", "--partner", "" + partner.copaId());
        var found = box.post(COPA_BY_URL, lookup);
        Run removed = admin("partner", "site", "remove", "--domain", domain);
        var gone = box.post(COPA_BY_URL, lookup);

        assertThat(added)
                .isEqualTo(new Run(0, "Listed " + domain + " as a site of partner " + partner.copaId() + ".\n", ""));
        assertThat(again.out()).isEqualTo(domain + " already is a site of partner " + partner.copaId() + ".\n");
        assertThat(listed.out().lines().map(AdminCommandTests::withoutTimestamps))
                .containsExactly("DOMAIN COPA_ID ADDED", domain + " " + partner.copaId());
        assertThat(found.first().get("copa_id").asInt()).isEqualTo(partner.copaId());
        assertThat(removed.out())
                .isEqualTo("Removed " + domain + " from the sites of partner " + partner.copaId() + ".\n");
        assertThat(gone.verified()).isFalse();
        assertThat(admin("partner", "site", "list", "--partner", "" + partner.copaId())
                        .out())
                .isEqualTo("No sites.\n");
    }

    @Test
    void refusesAnotherPartnersDomainABadDomainAndAnUnknownPartner() {
        Provisioned first = provision();
        Provisioned second = provision();
        String domain = "shared-" + first.copaId() + ".example.com";
        admin("partner", "site", "add", "--partner", "" + first.copaId(), "--domain", domain);

        Run taken = admin("partner", "site", "add", "--partner", "" + second.copaId(), "--domain", domain);
        Run bad = admin("partner", "site", "add", "--partner", "" + second.copaId(), "--domain", "not a domain");
        Run unknown = admin("partner", "site", "add", "--partner", "999999999", "--domain", "x.example.com");
        Run notListed = admin("partner", "site", "remove", "--domain", "never-" + domain);

        assertThat(taken)
                .isEqualTo(new Run(
                        1, "", "error: --domain " + domain + " is a site of partner " + first.copaId() + " already\n"));
        assertThat(bad).isEqualTo(new Run(1, "", "error: --domain must be a domain, such as shop.example.com\n"));
        assertThat(unknown).isEqualTo(new Run(1, "", "error: --partner 999999999 is not a partner\n"));
        assertThat(notListed).isEqualTo(new Run(1, "", "error: --domain never-" + domain + " is not a listed site\n"));
    }

    @Test
    void listsABoxsCardsWithTheOtherBoxesThatAttachedTheSameCardNeverTheirNumbers(CapturedOutput log) {
        String number = TestCards.visa();
        long first = activated(number);
        long second = activated(number.replaceAll("(\\d{4})(?=\\d)", "$1 "));

        Run cards = admin("customer", "cards", "--box-id", "" + first);
        Run none = admin("customer", "cards", "--box-id", "" + register().boxId());
        Run unknown = admin("customer", "cards", "--box-id", "987654321");

        assertThat(cards.status()).as(cards.err()).isZero();
        assertThat(cards.out().lines().map(AdminCommandTests::withoutTimestamps))
                .containsExactly(
                        "BRAND LAST_FOUR EXPIRES HOLDER ATTACHED ALSO_ON_BOXES",
                        "VISA " + number.substring(12) + " "
                                + YearMonth.now(TestCards.SERVICE_ZONE).plusMonths(5) + " John Doe " + second);
        assertThat(none.out()).isEqualTo("No cards attached.\n");
        assertThat(unknown).isEqualTo(new Run(1, "", "error: No customer has this box id.\n"));
        assertThat(cards.out() + log.getAll()).doesNotContain(number, number.substring(0, 12));
    }

    /** A box activated with this card number; its box id. */
    private long activated(String number) {
        ObjectNode body = appCredentials();
        body.put("copa_id", Seeds.COPA_ID);
        Customer customer = register();
        body.put("customer_box_id", customer.boxId());
        body.put("customer_key", customer.key());
        body.putArray("customer_credit_card").add(TestCards.card("VISA", number, TestCards.expiry(5), "123"));
        var activated = box.post(BoxClient.CUSTOMER + "customer-activate-box", body);
        assertThat(activated.verified()).as(activated.text()).isTrue();
        return customer.boxId();
    }

    private Run admin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private Provisioned provision() {
        int copaId = NEXT_ID.incrementAndGet();
        int userCode = NEXT_ID.incrementAndGet();
        Run partner = admin("partner", "create", "--copa-id", "" + copaId, "--name", "Partner " + copaId);
        Run user = admin("api-user", "create", "--user-code", "" + userCode, "--partner", "" + copaId);
        assertThat(partner.status()).as(partner.err()).isZero();
        assertThat(user.status()).as(user.err()).isZero();
        assertThat(user.out())
                .startsWith("Created API user " + userCode + " for partner(s) " + copaId + ".\napp_key: ")
                .endsWith("\nStore this key now: it is not stored and cannot be shown again.\n");
        return new Provisioned(copaId, userCode, appKey(user));
    }

    private static String appKey(Run run) {
        Matcher matcher = APP_KEY.matcher(run.out());
        assertThat(matcher.find()).as(run.out()).isTrue();
        return matcher.group(1);
    }

    /** The body with this partner's credentials, and its copa_id where the body names one. */
    private static ObjectNode as(Provisioned partner, ObjectNode body) {
        if (body.has("copa_id")) {
            body.put("copa_id", partner.copaId());
        }
        body.put("user_code", partner.userCode());
        body.put("app_key", partner.appKey());
        return body;
    }

    /** The documented registration under this partner, with a new e-mail address. */
    private static ObjectNode registrationFor(Provisioned partner) {
        return as(partner, registration(uniqueEmail()));
    }

    private static ObjectNode customer(Provisioned partner, long boxId, String key) {
        ObjectNode body = as(partner, appCredentials());
        body.put("customer_box_id", boxId);
        body.put("customer_key", key);
        return body;
    }

    private static List<String> everyOperation() {
        List<String> paths = new ArrayList<>();
        for (String operation : List.of(
                "customer-registration",
                "customer-get-info",
                "customer-update-personal-info",
                "customer-update-type",
                "customer-login",
                "customer-update-email",
                "customer-update-password",
                "customer-update-address-info",
                "customer-register-info",
                "customer-activate-box")) {
            paths.add(BoxClient.CUSTOMER + operation);
        }
        paths.add(BoxClient.PARTNER_LOOKUP);
        paths.add("/wcf-services/service-partner.svc/partner/get-copa-by-url");
        return paths;
    }

    private static void collectCommands(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            collectCommands(sub, subPath, paths);
        });
    }

    /** The line without its timestamps, its columns one space apart. */
    private static String withoutTimestamps(String line) {
        return line.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "")
                .replaceAll(" +", " ")
                .strip();
    }

    private static String withoutTime(String line) {
        return line.replaceFirst("^\\d{4}-\\S+Z +", "").replaceAll(" +", " ");
    }
}
