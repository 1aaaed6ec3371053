package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.OtherInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each server keeps what opens the boxes it served in memory; a new key (with a new e-mail) or a
 * disabled account takes effect on this server at once and on every other within two seconds. Two
 * instances on one database: this test's server makes the change, the other answers.
 */
class CustomerKeyCacheTests extends BoxApiTest {
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Autowired
    CustomerAdministration administration;

    private OtherInstance other;

    @BeforeEach
    void startAnotherInstance() {
        other = OtherInstance.start();
    }

    @AfterEach
    void stopIt() {
        other.close();
    }

    private static boolean opens(BoxClient client, ObjectNode credentials) {
        return client.post(GET_INFO, credentials).verified();
    }

    @Test
    void theKeyReplacedByAnEmailChangeStopsOpeningTheBoxOnTheOtherInstanceWithinTwoSeconds()
            throws InterruptedException {
        Customer customer = register();
        assertThat(opens(other.box(), customer.credentials())).isTrue();
        assertThat(opens(other.box(), customer.credentials()))
                .as("answered from memory, still right")
                .isTrue();

        ObjectNode change = customer.credentials()
                .put("customer_current_email", customer.email())
                .put("customer_new_email", uniqueEmail());
        String newKey = box.post(BoxClient.CUSTOMER + "customer-update-email", change)
                .first()
                .get("customer_key")
                .asString();
        ObjectNode renewed = customer.credentials().put("customer_key", newKey);

        assertThat(opens(box, customer.credentials()))
                .as("this instance at once")
                .isFalse();
        assertThat(opens(box, renewed)).isTrue();
        assertThat(OtherInstance.until(() -> !opens(other.box(), customer.credentials())))
                .isLessThan(BOUND);
        assertThat(opens(other.box(), renewed)).isTrue();
    }

    @Test
    void aDisabledAccountIsRefusedOnTheOtherInstanceWithinTwoSecondsAndOpensAgainWhenEnabled()
            throws InterruptedException {
        Customer customer = register();
        assertThat(opens(other.box(), customer.credentials())).isTrue();

        administration.setEnabled(customer.boxId(), false, Actor.operator("test"));

        assertThat(opens(box, customer.credentials()))
                .as("this instance at once")
                .isFalse();
        assertThat(OtherInstance.until(() -> !opens(other.box(), customer.credentials())))
                .isLessThan(BOUND);

        administration.setEnabled(customer.boxId(), true, Actor.operator("test"));

        assertThat(OtherInstance.until(() -> opens(other.box(), customer.credentials())))
                .isLessThan(BOUND);
    }

    @Test
    void aKeyRotatedByAnOperatorStopsOpeningTheBoxOnTheOtherInstanceWithinTwoSeconds() throws InterruptedException {
        Customer customer = register();
        assertThat(opens(other.box(), customer.credentials())).isTrue();

        administration.rotateKey(customer.boxId(), Actor.operator("test"));

        assertThat(opens(box, customer.credentials()))
                .as("this instance at once")
                .isFalse();
        assertThat(OtherInstance.until(() -> !opens(other.box(), customer.credentials())))
                .isLessThan(BOUND);
    }

    @Test
    void aBoxTriedBeforeItsCustomerRegisteredOpensOnceRegistered() {
        Customer first = register();
        ObjectNode next = first.credentials().put("customer_box_id", first.boxId() + 1);
        assertThat(opens(other.box(), next)).as("no such box yet").isFalse();

        Customer second = register();

        assertThat(second.boxId()).isEqualTo(first.boxId() + 1);
        assertThat(opens(other.box(), second.credentials())).isTrue();
    }
}
