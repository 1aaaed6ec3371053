package org.casillero.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;
import org.casillero.LeaveLoggingAlone;
import org.casillero.RawHttp;
import org.casillero.TestDatabase;
import org.casillero.admin.OperatorCommands;
import org.casillero.admin.OperatorCommands.Run;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public demo key (API user 396 with the documentation's sample app key) lives only where the
 * demo data is on and the server answers on loopback only: servers restarted with the demo data off
 * and on again, operator commands on a new database, a server told to listen on every address, and
 * an operator's own API user 396. Each on a database of its own, on either leg.
 */
@ExtendWith({LeaveLoggingAlone.class, OutputCaptureExtension.class})
class DemoDataTests {
    private static final String COUNTRIES = "/wcf-services/service-geographic.svc/geographic/geographic-get-countries";
    private static final String INVALID = "The credentials sent are not valid.";
    private static final Pattern APP_KEY = Pattern.compile("^app_key: ([0-9a-f]{32})$", Pattern.MULTILINE);

    @Test
    void refusesTheDemoKeyOnceTheDemoDataIsTurnedOffAndTakesItAgainWhenTurnedOn(CapturedOutput output) {
        Map<String, String> database = TestDatabase.freshProperties();

        try (ConfigurableApplicationContext on = start(database, "true", null)) {
            BoxClient.Response countries = client(on).post(COUNTRIES, BoxApiTest.appCredentials());
            assertThat(countries.verified()).as(countries.text()).isTrue();
        }
        try (ConfigurableApplicationContext off = start(database, "false", "127.0.0.1")) {
            BoxClient.Response countries = client(off).post(COUNTRIES, BoxApiTest.appCredentials());
            assertThat(countries.verified())
                    .as("the demo key on a server with the demo data off")
                    .isFalse();
            assertThat(countries.errorDescription()).isEqualTo(INVALID);
        }
        Run listed = OperatorCommands.run(settings(database, "false"), "api-user", "list");
        Run audited = OperatorCommands.run(settings(database, "false"), "api-user", "audit", "--user-code", "396");
        try (ConfigurableApplicationContext again = start(database, "true", null)) {
            BoxClient.Response countries = client(again).post(COUNTRIES, BoxApiTest.appCredentials());
            assertThat(countries.verified()).as(countries.text()).isTrue();
        }
        Run reaudited = OperatorCommands.run(settings(database, "false"), "api-user", "audit", "--user-code", "396");

        assertThat(listed.out().lines()).anySatisfy(line -> assertThat(line).matches("396 +no +616 .*"));
        assertThat(audited.status()).as(audited.err()).isZero();
        assertThat(audited.out().lines())
                .anySatisfy(line -> assertThat(line).matches(".*Z +demo data +DISABLED +casillero.demo-data is off"))
                .noneSatisfy(line -> assertThat(line).contains("ENABLED "));
        assertThat(reaudited.out().lines())
                .last()
                .asString()
                .matches(".*Z +demo data +ENABLED +casillero.demo-data is on");
        assertThat(output.getAll())
                .contains("WARN")
                .contains("Disabled the demo API user 396 (the public sample app key): casillero.demo-data is off");
    }

    @Test
    void createsNoDemoApiUserWhenAnOperatorCommandMakesTheDatabase() {
        Map<String, String> database = TestDatabase.freshProperties();

        Run partners = OperatorCommands.run(settings(database, "true"), "partner", "list");
        Run users = OperatorCommands.run(settings(database, "true"), "api-user", "list");

        assertThat(partners.status()).as(partners.err()).isZero();
        assertThat(users.status()).as(users.err()).isZero();
        assertThat(users.out())
                .as("API users on a database an operator command made")
                .isEqualTo("No API users.\n");
        assertThat(partners.out()).isEqualTo("No partners.\n");
    }

    @Test
    void refusesToStartWithTheDemoDataOnWhenListeningBeyondTheLoopbackAddress(CapturedOutput output) {
        Map<String, String> database = TestDatabase.freshProperties();

        for (String address : new String[] {"0.0.0.0", "::"}) {
            assertThatThrownBy(() -> start(database, "true", address).close())
                    .as("a server with the demo data on, listening on " + address)
                    .rootCause()
                    .hasMessageContaining("server.address=" + address);
        }
        Run users = OperatorCommands.run(settings(database, "false"), "api-user", "list");

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Set CASILLERO_DEMO_DATA=false")
                .contains("SERVER_ADDRESS=127.0.0.1");
        assertThat(users.out()).as("the refused start made no demo user").isEqualTo("No API users.\n");
    }

    @Test
    void leavesAnOperatorsOwnApiUser396AloneWhateverTheDemoDataSays() {
        Map<String, String> database = TestDatabase.freshProperties();
        OperatorCommands.run(settings(database, "false"), "partner", "create", "--copa-id", "700", "--name", "Own");
        Run created = OperatorCommands.run(
                settings(database, "false"), "api-user", "create", "--user-code", "396", "--partner", "700");
        assertThat(created.status()).as(created.err()).isZero();
        Matcher key = APP_KEY.matcher(created.out());
        assertThat(key.find()).as(created.out()).isTrue();
        ObjectNode own = BoxApiTest.appCredentials().put("app_key", key.group(1));

        try (ConfigurableApplicationContext on = start(database, "true", null)) {
            assertThat(client(on).post(COUNTRIES, own).verified()).isTrue();
            assertThat(client(on).post(COUNTRIES, BoxApiTest.appCredentials()).errorDescription())
                    .isEqualTo(INVALID);
        }
        try (ConfigurableApplicationContext off = start(database, "false", "127.0.0.1")) {
            assertThat(client(off).post(COUNTRIES, own).verified())
                    .as("the operator's own key with the demo data off")
                    .isTrue();
        }
        Run users = OperatorCommands.run(settings(database, "false"), "api-user", "list");

        assertThat(users.out().lines())
                .as("the operator's user 396, neither disabled nor given the demo partner")
                .anySatisfy(line -> assertThat(line).matches("396 +yes +700 .*"));
    }

    /**
     * DNS rebinding: a page on evil.example whose name comes to resolve to 127.0.0.1 makes the
     * victim's browser send the public demo key to the loopback server, naming its own host. A
     * server with the demo data on answers only the loopback names; one with it off, any name.
     */
    @Test
    void refusesRequestsAddressedToAnotherHostWhileTheDemoDataIsOn() {
        Map<String, String> database = TestDatabase.freshProperties();

        try (ConfigurableApplicationContext on = start(database, "true", null)) {
            RawHttp raw = raw(on);
            RawHttp.Answer rebound = raw.exchange(countries("evil.example:8080"));
            assertThat(rebound.status()).as("Host: evil.example:8080").isEqualTo(421);
            assertThat(rebound.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(rebound.json().get(0).get("_verify").asBoolean()).isFalse();
            assertThat(rebound.json()
                            .get(0)
                            .get("error")
                            .get("error_description")
                            .asString())
                    .contains("localhost");
            assertThat(rebound.body()).doesNotContain("country_code");
            assertThat(raw.exchange(countries("evil.example")).status()).isEqualTo(421);
            assertThat(raw.exchange(countries("127.0.0.2")).status()).isEqualTo(421);
            assertThat(raw.exchange(countries("localhost.evil.example")).status())
                    .isEqualTo(421);
            for (String host : new String[] {"localhost:" + port(on), "LocalHost", "127.0.0.1:8080", "[::1]:80"}) {
                RawHttp.Answer local = raw.exchange(countries(host));
                assertThat(local.status()).as(host).isEqualTo(200);
                assertThat(local.json().get(0).get("_verify").asBoolean())
                        .as(local.body())
                        .isTrue();
            }
        }
        try (ConfigurableApplicationContext off = start(database, "false", "127.0.0.1")) {
            RawHttp.Answer anyHost = raw(off).exchange(countries("evil.example:8080"));
            assertThat(anyHost.status())
                    .as("Host: evil.example:8080, demo data off")
                    .isEqualTo(200);
            assertThat(anyHost.json()
                            .get(0)
                            .get("error")
                            .get("error_description")
                            .asString())
                    .as("the demo key with the demo data off: refused as any unknown key")
                    .isEqualTo(INVALID);
        }
    }

    private static String countries(String host) {
        String body = BoxApiTest.appCredentials().toString();
        return "POST " + COUNTRIES + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static RawHttp raw(ConfigurableApplicationContext app) {
        return new RawHttp(port(app));
    }

    private static Map<String, String> settings(Map<String, String> database, String demoData) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("casillero.demo-data", demoData);
        return settings;
    }

    private static ConfigurableApplicationContext start(
            Map<String, String> database, String demoData, @Nullable String address) {
        Map<String, String> all = settings(database, demoData);
        all.put("server.port", "0");
        if (address != null) {
            all.put("server.address", address);
        }
        return new SpringApplicationBuilder(CasilleroApplication.class)
                .run(all.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }

    private static BoxClient client(ConfigurableApplicationContext app) {
        return new BoxClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }
}
