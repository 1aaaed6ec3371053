package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Behind a proxy ({@code server.forward-headers-strategy=native}) Tomcat takes the client's address
 * from {@code X-Forwarded-For} when the connection comes from an internal proxy (loopback and private
 * networks by default), whatever the entry says. A caller there who sends a new string each time
 * would be a new client address each time, with fresh per-address limits (failed logins, cards,
 * downloads, bodies) and one more row in the throttle tables per request: an entry that is not an IP
 * address counts as the connection's own address, and one that is counts in its canonical form.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ForwardedAddressTests extends BoxApiTest {
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";

    @Autowired
    JdbcClient jdbc;

    /** Its failed logins would count for the other tests of the run, which share the database and the address. */
    @AfterEach
    void forgetThisTestsFailures() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void countsFailedLoginsWithForwardedEntriesThatAreNoAddressUnderTheConnectionsAddress(CapturedOutput log) {
        String forged = "forged-" + UUID.randomUUID();
        int before = failures("client:127.0.0.1");

        for (int i = 0; i < 5; i++) {
            BoxClient.Response refused = failedLogin(forged + "-" + i);
            assertThat(refused.verified()).as(refused.text()).isFalse();
        }
        failedLogin("203.0.113.7");
        failedLogin("2001:DB8::0:1");

        List<String> keys = jdbc.sql("select throttle_key from login_throttle where throttle_key like 'client:%'")
                .query(String.class)
                .list();
        assertThat(keys).noneSatisfy(key -> assertThat(key).contains(forged));
        assertThat(failures("client:127.0.0.1") - before)
                .as("the forged entries, counted under the connection's address")
                .isEqualTo(5);
        assertThat(keys).contains("client:203.0.113.7", "client:2001:db8:0:0:0:0:0:1");
        assertThat(log.getAll().split("forwarded client address that is no IP address", -1))
                .as("told once, not once a request")
                .hasSize(2);
    }

    private BoxClient.Response failedLogin(String forwardedFor) {
        ObjectNode login =
                appCredentials().put("customer_email", uniqueEmail()).put("customer_password", "wrong password");
        return box.send(HttpRequest.newBuilder(URI.create(box.base() + LOGIN))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(login.toString())));
    }

    private int failures(String key) {
        return jdbc.sql("select failures from login_throttle where throttle_key = :key")
                .param("key", key)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
