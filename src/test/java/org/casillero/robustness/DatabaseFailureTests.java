package org.casillero.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;
import org.casillero.LeaveLoggingAlone;
import org.casillero.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the server does when PostgreSQL fails under it (PostgreSQL leg): a database outage is
 * answered 503 and recovered from within seconds; a server killed with {@code kill -9} in the
 * middle of registrations loses none it acknowledged.
 */
@ExtendWith(LeaveLoggingAlone.class)
class DatabaseFailureTests {
    private static final String SECRET = "database-failure-tests-server-secret-0123456789";

    @Test
    void answers503DuringADatabaseOutageAndRecoversWithinFiveSecondsAfter() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "a PostgreSQL cluster of the test's own: the PostgreSQL leg");
        try (OwnPostgresCluster cluster = OwnPostgresCluster.create()) {
            Map<String, String> properties = new HashMap<>();
            properties.put("spring.datasource.url", cluster.jdbcUrl());
            properties.put("casillero.server-secret", SECRET);
            properties.put("casillero.demo-data", "true");
            properties.put(
                    "casillero.data-dir",
                    TestDatabase.temporaryFolder("outage-").toString());
            try (ConfigurableApplicationContext app = start(properties)) {
                BoxClient box = new BoxClient(
                        ((WebServerApplicationContext) app).getWebServer().getPort());
                BoxApiTest.Customer customer =
                        BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));

                cluster.crash();
                BoxClient.Response during = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());
                BoxClient.Response registrationDuring = box.post(
                        BoxClient.CUSTOMER + "customer-registration",
                        BoxApiTest.registration(BoxApiTest.uniqueEmail()));
                cluster.start();
                long restarted = System.nanoTime();
                BoxClient.Response after = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());
                while (after.status() != 200
                        && System.nanoTime() - restarted
                                < Duration.ofSeconds(30).toNanos()) {
                    Thread.sleep(100);
                    after = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());
                }
                Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
                System.out.println(
                        "Database outage: recovered " + recovery.toMillis() + " ms after PostgreSQL restarted");

                for (BoxClient.Response failed : List.of(during, registrationDuring)) {
                    assertThat(failed.status()).as(failed.text()).isEqualTo(503);
                    assertThat(failed.first().get("error").get("system_error").asBoolean())
                            .isTrue();
                    assertThat(failed.text()).doesNotContain("Exception", "jdbc:");
                }
                assertThat(after.verified()).as(after.text()).isTrue();
                assertThat(recovery).isLessThanOrEqualTo(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void losesNoAcknowledgedRegistrationWhenTheServerIsKilledMidway() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "kill -9 on PostgreSQL: the PostgreSQL leg");
        Map<String, String> properties = new HashMap<>(TestDatabase.freshProperties());
        properties.put("casillero.server-secret", SECRET);
        int port = ServerProcess.freePort();
        Path logs = TestDatabase.temporaryFolder("kill-");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();

        Process first = ServerProcess.start(properties, port, logs.resolve("first.log"));
        BoxClient box = new BoxClient(port);
        try {
            ServerProcess.awaitUp(box, first);
            AtomicBoolean stop = new AtomicBoolean();
            try (ExecutorService clients = Executors.newFixedThreadPool(16)) {
                for (int i = 0; i < 16; i++) {
                    clients.submit(() -> {
                        while (!stop.get()) {
                            String email = BoxApiTest.uniqueEmail();
                            try {
                                BoxClient.Response response = box.post(
                                        BoxClient.CUSTOMER + "customer-registration", BoxApiTest.registration(email));
                                if (response.status() == 200 && response.verified()) {
                                    acknowledged.put(
                                            email,
                                            response.first()
                                                    .get("customer_box_id")
                                                    .asLong());
                                }
                            } catch (RuntimeException connectionLost) {
                                // the server is gone: no answer, no acknowledgement
                            }
                        }
                    });
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (acknowledged.size() < 100 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(acknowledged)
                        .as("registrations acknowledged before the kill")
                        .hasSizeGreaterThanOrEqualTo(100);
                first.destroyForcibly(); // SIGKILL
                first.waitFor(30, TimeUnit.SECONDS);
                stop.set(true);
            }
        } finally {
            first.destroyForcibly();
        }

        Process second = ServerProcess.start(properties, port, logs.resolve("second.log"));
        try {
            ServerProcess.awaitUp(box, second);
            List<String> missing = new ArrayList<>();
            acknowledged.forEach((email, boxId) -> {
                var body = BoxApiTest.appCredentials().put("customer_email", email);
                BoxClient.Response found = box.post(BoxClient.PARTNER_LOOKUP, body);
                if (!found.verified() || found.first().get("customer_box_id").asLong() != boxId) {
                    missing.add(email);
                }
            });
            System.out.println("kill -9: " + acknowledged.size() + " registrations acknowledged, "
                    + (acknowledged.size() - missing.size()) + " found after the restart");
            assertThat(missing).isEmpty();
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("server.port", "0");
        return new SpringApplicationBuilder(CasilleroApplication.class)
                .run(all.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }
}
