package org.casillero.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.OtherInstance;
import org.casillero.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    private OtherInstance other;
    private BoxClient otherBox;

    @BeforeEach
    void startAnotherInstance() {
        other = OtherInstance.start();
        otherBox = other.box();
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
        assertThat(OtherInstance.until(() -> !accepted(otherBox, userCode, first)))
                .isLessThan(BOUND);
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
        assertThat(OtherInstance.until(() -> !accepted(otherBox, userCode, key)))
                .isLessThan(BOUND);

        administration.setEnabled(userCode, true);

        assertThat(OtherInstance.until(() -> accepted(otherBox, userCode, key))).isLessThan(BOUND);
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

        assertThat(OtherInstance.until(() -> accepted(otherBox, userCode, key))).isLessThan(BOUND);
    }
}
