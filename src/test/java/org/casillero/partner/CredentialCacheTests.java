package org.casillero.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;
import org.casillero.Seeds;
import org.casillero.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each server keeps authenticated API users in memory; a key rotation or a disable made through
 * another server (or the operator's command line) takes effect on every server within two seconds.
 * Two instances on one database: this test's server changes the credentials, the other answers.
 */
class CredentialCacheTests extends BoxApiTest {
    private static final String COUNTRIES = "/wcf-services/service-geographic.svc/geographic/geographic-get-countries";
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Autowired
    PartnerAdministration administration;

    private ConfigurableApplicationContext other;
    private BoxClient otherBox;

    @BeforeEach
    void startAnotherInstance() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("server.port", "0");
        properties.put("casillero.demo-data", "true");
        other = new SpringApplicationBuilder(CasilleroApplication.class)
                .run(properties.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
        otherBox = new BoxClient(
                ((WebServerApplicationContext) other).getWebServer().getPort());
    }

    @AfterEach
    void stopIt() {
        other.close();
    }

    private static ObjectNode credentials(int userCode, String appKey) {
        ObjectNode body = BoxClient.JSON.createObjectNode();
        body.putObject("user_info").put("user_code", String.valueOf(userCode)).put("app_key", appKey);
        return body;
    }

    private boolean accepted(BoxClient client, int userCode, String appKey) {
        return client.post(COUNTRIES, credentials(userCode, appKey)).verified();
    }

    /** How long until the condition holds, polled every 20 ms, giving up after five seconds. */
    private static Duration until(BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            Thread.sleep(20);
        }
        return Duration.between(start, Instant.now());
    }

    @Test
    void aRotatedKeyStopsWorkingOnTheOtherInstanceWithinTwoSeconds() throws InterruptedException {
        int userCode = 700_000 + ThreadLocalRandom.current().nextInt(99_999);
        String first = administration
                .createApiUser(userCode, Set.of(Seeds.COPA_ID))
                .appKey()
                .value();
        assertThat(accepted(otherBox, userCode, first)).isTrue();
        assertThat(accepted(otherBox, userCode, first))
                .as("answered from memory, still right")
                .isTrue();

        String second = administration.rotateAppKey(userCode).value();

        assertThat(accepted(box, userCode, first)).as("this instance at once").isFalse();
        assertThat(until(() -> !accepted(otherBox, userCode, first))).isLessThan(BOUND);
        assertThat(accepted(otherBox, userCode, second)).isTrue();
    }

    @Test
    void aDisabledApiUserIsRefusedOnTheOtherInstanceWithinTwoSecondsAndAcceptedAgainWhenEnabled()
            throws InterruptedException {
        int userCode = 800_000 + ThreadLocalRandom.current().nextInt(99_999);
        String key = administration
                .createApiUser(userCode, Set.of(Seeds.COPA_ID))
                .appKey()
                .value();
        assertThat(accepted(otherBox, userCode, key)).isTrue();

        administration.setEnabled(userCode, false);

        assertThat(accepted(box, userCode, key)).isFalse();
        assertThat(until(() -> !accepted(otherBox, userCode, key))).isLessThan(BOUND);

        administration.setEnabled(userCode, true);

        assertThat(until(() -> accepted(otherBox, userCode, key))).isLessThan(BOUND);
    }

    @Test
    void anApiUserCreatedAfterItsCodeWasTriedIsAcceptedOnTheOtherInstance() throws InterruptedException {
        int userCode = 900_000 + ThreadLocalRandom.current().nextInt(99_999);
        assertThat(accepted(otherBox, userCode, "0".repeat(32)))
                .as("unknown, and remembered as such")
                .isFalse();

        String key = administration
                .createApiUser(userCode, Set.of(Seeds.COPA_ID))
                .appKey()
                .value();

        assertThat(until(() -> accepted(otherBox, userCode, key))).isLessThan(BOUND);
    }
}
