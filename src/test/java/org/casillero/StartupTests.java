package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole-application starts and restarts, each on a database of its own. */
class StartupTests {

    @Test
    void keepsCustomersAndTheirKeysAcrossARestart() {
        Map<String, String> properties = TestDatabase.isolatedProperties(TestDatabase.temporaryFolder("restart-"));
        BoxApiTest.Customer customer;
        try (ConfigurableApplicationContext first = start(properties)) {
            BoxClient box = client(first);
            var registration = BoxApiTest.registration(BoxApiTest.uniqueEmail());
            var response = box.post(BoxClient.CUSTOMER + "customer-registration", registration);
            assertThat(response.verified()).as(response.text()).isTrue();
            customer = new BoxApiTest.Customer(
                    response.first().get("customer_box_id").asLong(),
                    response.first().get("customer_key").asString(),
                    registration.get("customer_email").asString());
        }

        try (ConfigurableApplicationContext second = start(properties)) {
            var info = client(second).post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials());

            assertThat(info.verified()).as(info.text()).isTrue();
            assertThat(info.first().get("customer_first_name").asString()).isEqualTo("John");
            assertThat(info.first().get("customer_phone").size()).isEqualTo(2);
        }
    }

    @Test
    void answers503WhenTheDatabaseIsUnreachable() {
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:9/unreachable");
        properties.put("spring.datasource.hikari.connection-timeout", "250");
        properties.put("spring.flyway.enabled", "false");
        properties.put("casillero.server-secret", "a-server-secret-of-at-least-32-characters");
        properties.put(
                "casillero.data-dir",
                TestDatabase.temporaryFolder("unreachable-").toString());

        try (ConfigurableApplicationContext app = start(properties)) {
            BoxClient box = client(app);
            var response = box.post(BoxClient.CUSTOMER + "customer-registration", BoxApiTest.registration("a@b.co"));
            var health = box.send(HttpRequest.newBuilder(URI.create(box.base() + "/actuator/health"))
                    .GET());

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.verified()).isFalse();
            assertThat(response.first().get("error").get("system_error").asBoolean())
                    .isTrue();
            assertThat(response.text()).doesNotContain("Exception", "jdbc:");
            assertThat(health.status()).isEqualTo(503);
        }
    }

    @Test
    void refusesToStartOnPostgresqlWithoutAServerSecretBeforeMigrating() {
        Map<String, String> properties = new HashMap<>();
        // Reachable on the PostgreSQL leg: nothing may be migrated there.
        properties.put(
                "spring.datasource.url",
                TestDatabase.isPostgres()
                        ? TestDatabase.properties().get("spring.datasource.url")
                        : "jdbc:postgresql://127.0.0.1:9/unreachable");
        properties.put(
                "casillero.data-dir", TestDatabase.temporaryFolder("no-secret-").toString());
        properties.put("spring.flyway.table", "no_secret_schema_history");

        assertThatThrownBy(() -> start(properties).close())
                .rootCause()
                .hasMessageContaining("casillero.server-secret is not set");
        if (TestDatabase.isPostgres()) {
            assertThat(tableExists("no_secret_schema_history")).isFalse();
        }
    }

    @Test
    void generatesTheEmbeddedServerSecretReadableByItsOwnerOnly() throws Exception {
        Path dataDir = TestDatabase.temporaryFolder("secret-");

        try (ConfigurableApplicationContext app = start(Map.of("casillero.data-dir", dataDir.toString()))) {
            Path secret = dataDir.resolve("server-secret");
            assertThat(Files.getPosixFilePermissions(secret))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(secret).trim()).hasSize(44);
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
        }
    }

    @Test
    void keepsTheEmbeddedDatabaseFilesFromOtherUsersOfTheMachine() throws Exception {
        Path dataDir = TestDatabase.temporaryFolder("files-").resolve("data");

        try (ConfigurableApplicationContext app = start(Map.of("casillero.data-dir", dataDir.toString()))) {
            assertThat(client(app)
                            .post(
                                    BoxClient.CUSTOMER + "customer-registration",
                                    BoxApiTest.registration(BoxApiTest.uniqueEmail()))
                            .verified())
                    .isTrue();
            assertOwnerOnly(dataDir);
        }
    }

    @Test
    void takesTheEmbeddedDatabaseFilesOfAnEarlierVersionFromOtherUsersOfTheMachine() throws Exception {
        Path dataDir = TestDatabase.temporaryFolder("files-").resolve("data");
        try (ConfigurableApplicationContext app = start(Map.of("casillero.data-dir", dataDir.toString()))) {
            assertThat(app.isRunning()).isTrue();
        }
        // As an earlier version left them: readable by everyone on the machine.
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }

        try (ConfigurableApplicationContext app = start(Map.of("casillero.data-dir", dataDir.toString()))) {
            assertOwnerOnly(dataDir);
        }
    }

    /** The folder and every file in it: nobody but their owner may read, write or enter them. */
    private static void assertOwnerOnly(Path dataDir) throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(dataDir)) {
            List<Path> all = files.toList();
            assertThat(all).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));
            for (Path file : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString())
                        .endsWith("------");
            }
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnlyWhileTheDemoDataIsOn() {
        Map<String, String> embedded = Map.of(
                "casillero.data-dir", TestDatabase.temporaryFolder("demo-").toString());
        try (ConfigurableApplicationContext app = start(embedded)) {
            assertThat(boundAddress(app)).isEqualTo(InetAddress.getLoopbackAddress());
        }
        Map<String, String> explicit = new HashMap<>(embedded);
        explicit.put("server.address", "127.0.0.1");
        try (ConfigurableApplicationContext app = start(explicit)) {
            assertThat(boundAddress(app)).isNotNull().matches(InetAddress::isLoopbackAddress);
        }
        // With the demo data on, an address beyond loopback is refused: DemoDataTests.
        Map<String, String> noDemo = new HashMap<>(embedded);
        noDemo.put("casillero.demo-data", "false");
        try (ConfigurableApplicationContext app = start(noDemo)) {
            assertThat(boundAddress(app)).isNull();
        }
        noDemo.put("server.address", "0.0.0.0");
        try (ConfigurableApplicationContext app = start(noDemo)) {
            assertThat(boundAddress(app)).isNotNull().matches(InetAddress::isAnyLocalAddress);
        }
    }

    @Test
    void refusesToStartWithBodyLimitsThatLeaveNoRoomForAFileOrAShareBeyondTheSlots() {
        Map<String, String> embedded = Map.of(
                "casillero.data-dir", TestDatabase.temporaryFolder("limits-").toString());
        Map<String, String> noRoom = new HashMap<>(embedded);
        noRoom.put("casillero.bodies.memory-per-client", "1MB");
        Map<String, String> share = new HashMap<>(embedded);
        share.put("casillero.invoices.uploads-per-api-user", "9");
        Map<String, String> noRate = new HashMap<>(embedded);
        noRate.put("casillero.bodies.min-rate", "0B");

        assertThatThrownBy(() -> start(noRoom).close())
                .rootCause()
                .hasMessageContaining("casillero.bodies.memory-per-client must hold an invoice file");
        assertThatThrownBy(() -> start(share).close())
                .rootCause()
                .hasMessageContaining("casillero.invoices.uploads-per-api-user must not exceed");
        assertThatThrownBy(() -> start(noRate).close())
                .rootCause()
                .hasMessageContaining("casillero.bodies.min-rate must be positive");
    }

    @Test
    void refusesToStartWithAnApiUsersHashingShareBeyondThePool() {
        Map<String, String> share = new HashMap<>(Map.of(
                "casillero.data-dir", TestDatabase.temporaryFolder("hashing-").toString()));
        share.put("casillero.hashing.threads", "1");
        share.put("casillero.hashing.queue", "3");
        share.put("casillero.hashing.per-api-user", "5");

        assertThatThrownBy(() -> start(share).close())
                .rootCause()
                .hasMessageContaining("casillero.hashing.per-api-user must not exceed");
    }

    /** The address Tomcat listens on; null means every address. */
    private static @Nullable InetAddress boundAddress(ConfigurableApplicationContext app) {
        var server = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
        return (InetAddress) server.getTomcat().getConnector().getProperty("address");
    }

    private static boolean tableExists(String table) {
        String url = TestDatabase.properties().get("spring.datasource.url");
        try (var connection = java.sql.DriverManager.getConnection(url);
                var tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("server.port", "0");
        String[] arguments = all.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CasilleroApplication.class).run(arguments);
    }

    private static BoxClient client(ConfigurableApplicationContext app) {
        return new BoxClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }
}
