package org.casillero.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.BoxApiTest;
import org.casillero.BoxApiTest.Customer;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;
import org.casillero.LeaveLoggingAlone;
import org.casillero.TestDatabase;
import org.casillero.admin.OperatorCommands;
import org.casillero.admin.OperatorCommands.Run;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A domain event's listener runs after the change commits, and an event whose listener failed, or
 * whose server died while its listener ran, is delivered again until a listener takes it, once: the
 * test listener ({@link org.casillero.RecordedEvents}) fails or waits on command and logs what it
 * takes, on servers of their own (one killed with SIGKILL, two side by side on one database).
 */
@ExtendWith(LeaveLoggingAlone.class)
class EventDeliveryTests {
    private static final Pattern TOKEN = Pattern.compile("token: (\\S+)");

    /** Settings for a test server whose test listener logs to {@code log}, redelivering at once and often. */
    private static Map<String, String> listening(Map<String, String> database, Path log, String server) {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("casillero.demo-data", "true");
        properties.put("casillero.test.events", "on");
        properties.put("casillero.test.events.log", log.toString());
        properties.put("casillero.test.events.server", server);
        properties.put("casillero.events.redelivery-interval", "200ms");
        properties.put("casillero.events.redeliver-after", "0s");
        return properties;
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("server.port", "0");
        return new SpringApplicationBuilder(CasilleroApplication.class)
                .run(all.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
    }

    private static BoxClient client(ConfigurableApplicationContext context) {
        return new BoxClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static long receive(Staff staff, Customer customer) {
        BoxClient.Response response = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "1Z%d", "merchant": "eBay", "declaredValue": 7,
                 "measures": {"weight": 2, "weightUnit": "LB", "length": 5, "width": 5, "height": 5, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("trckNmrFol").asLong();
    }

    /** The lines of the listeners' log that say {@code what} (taking, failing, delivered) of the shipment's receipt. */
    private static List<String> said(Path log, String what, long trck) {
        if (!Files.exists(log)) {
            return List.of();
        }
        return ServerProcess.log(log)
                .lines()
                .filter(line ->
                        line.contains(" " + what + " PackageReceived[") && line.contains("trckNmrFol=" + trck + ","))
                .toList();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not true after 30 seconds: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static int outstanding(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication where event_type like '%PackageReceived'")
                .query(Integer.class)
                .single();
    }

    @Test
    void deliversAnEventAgainUntilItsListenerTakesItAndKeepsItOutstandingMeanwhile() throws Exception {
        Path folder = TestDatabase.temporaryFolder("events-");
        Path log = folder.resolve("listener.log");
        Path failing = Files.createFile(folder.resolve("fail"));
        Map<String, String> properties = listening(TestDatabase.freshProperties(), log, "one");
        properties.put("casillero.test.events.fail-while", failing.toString());

        try (ConfigurableApplicationContext server = start(properties)) {
            BoxClient box = client(server);
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            Staff staff = TestWarehouses.staffOfNewWarehouse(server, box);
            Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));

            long trck = receive(staff, customer);
            await(
                    "the listener failed three times",
                    () -> said(log, "failing", trck).size() >= 3);
            int whileFailing = outstanding(jdbc);
            String status = jdbc.sql("select status from event_publication where event_type like '%PackageReceived'")
                    .query(String.class)
                    .single();
            Files.delete(failing);
            await("the listener took it", () -> !said(log, "delivered", trck).isEmpty());
            await("its publication is complete", () -> outstanding(jdbc) == 0);
            Thread.sleep(1_000);

            assertThat(whileFailing).isEqualTo(1);
            assertThat(status).isIn("FAILED", "RESUBMITTED", "PROCESSING");
            assertThat(said(log, "delivered", trck)).hasSize(1);
        }
    }

    @Test
    void deliversAfterARestartTheEventWhoseServerWasKilledWhileItsListenerRan() throws Exception {
        Map<String, String> database = TestDatabase.freshProperties();
        Path folder = TestDatabase.temporaryFolder("events-kill-");
        Path log = folder.resolve("listener.log");
        Path holding = Files.createFile(folder.resolve("hold"));
        String code = "K" + (System.nanoTime() % 1_000_000);
        Run warehouse = OperatorCommands.run(
                database,
                "warehouse",
                "create",
                "--code",
                code,
                "--name",
                "Killed",
                "--address",
                "7801 NW 15th Street, Doral, FL 33126",
                "--us-address",
                "7701",
                "--iata",
                "MIA");
        Run staffMade = OperatorCommands.run(database, "staff", "create", "--name", "k-" + code, "--warehouse", code);
        assertThat(warehouse.status()).as(warehouse.err()).isZero();
        Matcher token = TOKEN.matcher(staffMade.out());
        assertThat(token.find()).as(staffMade.out()).isTrue();

        Map<String, String> first = listening(database, log, "killed");
        first.put("casillero.test.events.hold-while", holding.toString());
        int port = ServerProcess.freePort();
        BoxClient box = new BoxClient(port);
        long trck;
        Process killed = ServerProcess.start(first, port, folder.resolve("killed.log"));
        try {
            ServerProcess.awaitUp(box, killed);
            Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
            Staff staff = new Staff("k-" + code, null, token.group(1), box);
            trck = receive(staff, customer);
            await(
                    "the listener took the event",
                    () -> !said(log, "taking", trck).isEmpty());
            // The embedded database writes what committed to its file within a second (H2's write
            // delay): a server killed sooner loses its last second there; PostgreSQL loses nothing.
            Thread.sleep(TestDatabase.isPostgres() ? 0 : 2_000);
        } finally {
            killed.destroyForcibly();
            killed.waitFor(30, TimeUnit.SECONDS);
        }
        Files.delete(holding);

        Map<String, String> second = listening(database, log, "restarted");
        second.put("spring.modulith.events.staleness.processing", "2s");
        second.put("spring.modulith.events.staleness.published", "2s");
        second.put("spring.modulith.events.staleness.check-interval", "500ms");
        Process restarted = ServerProcess.start(second, port, folder.resolve("restarted.log"));
        try {
            ServerProcess.awaitUp(box, restarted);
            try {
                await(
                        "the restarted server delivered it",
                        () -> !said(log, "delivered", trck).isEmpty());
            } catch (AssertionError e) {
                throw new AssertionError(
                        e.getMessage() + "\n" + ServerProcess.log(log) + "\n"
                                + ServerProcess.log(folder.resolve("restarted.log")),
                        e);
            }
            Thread.sleep(1_000);
        } finally {
            ServerProcess.stop(restarted);
        }

        assertThat(said(log, "delivered", trck))
                .as(ServerProcess.log(log))
                .singleElement()
                .asString()
                .startsWith("restarted ");
    }

    @Test
    void twoServersOnOneDatabaseDeliverEachFailedEventOnce() throws Exception {
        Path folder = TestDatabase.temporaryFolder("events-two-");
        Path log = folder.resolve("listener.log");
        Path failing = Files.createFile(folder.resolve("fail"));
        Map<String, String> database = TestDatabase.freshProperties();
        Map<String, String> one = listening(database, log, "one");
        Map<String, String> two = listening(database, log, "two");
        one.put("casillero.test.events.fail-while", failing.toString());
        two.put("casillero.test.events.fail-while", failing.toString());
        one.put("casillero.events.redelivery-interval", "50ms");
        two.put("casillero.events.redelivery-interval", "50ms");

        try (ConfigurableApplicationContext first = start(one);
                ConfigurableApplicationContext second = start(two)) {
            BoxClient box = client(first);
            Staff staff = TestWarehouses.staffOfNewWarehouse(first, box);
            Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
            List<Long> received = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                received.add(receive(staff, customer));
            }
            await(
                    "both servers failed to deliver each",
                    () -> received.stream()
                            .allMatch(trck -> said(log, "failing", trck).stream()
                                            .anyMatch(line -> line.startsWith("one "))
                                    && said(log, "failing", trck).stream().anyMatch(line -> line.startsWith("two "))));
            Files.delete(failing);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await("every publication complete", () -> outstanding(jdbc) == 0);
            Thread.sleep(1_000);

            assertThat(received)
                    .allSatisfy(trck -> assertThat(said(log, "delivered", trck))
                            .as("deliveries of shipment %d's receipt", trck)
                            .hasSize(1));
        }
    }
}
