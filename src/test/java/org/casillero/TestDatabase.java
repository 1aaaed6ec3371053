package org.casillero;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database of one test run, made on first use and removed when the JVM ends: a fresh H2 file
 * database in a temporary folder, or, on the PostgreSQL leg ({@code -Dcasillero.test.database=postgres}),
 * a database with a random name on the server that {@code CASILLERO_TEST_POSTGRES} names (a JDBC
 * URL whose user may create databases). On that leg an unset variable or an unreachable server
 * fails every test: it never skips.
 */
public final class TestDatabase {
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)/([^?]*)(\\?.*)?");
    private static Map<String, String> properties;

    private TestDatabase() {
        throw new AssertionError();
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("casillero.test.database"));
    }

    /** Spring properties that point an application at this run's database. */
    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = isPostgres() ? postgres() : h2(temporaryFolder("casillero-test-"));
        }
        return properties;
    }

    /**
     * Properties for an application on a new database of its own, on either leg (a new random
     * database on the PostgreSQL server, dropped when the JVM ends).
     */
    public static Map<String, String> freshProperties() {
        return isPostgres() ? postgres() : h2(temporaryFolder("casillero-test-"));
    }

    /** Properties for an application on a database of its own (H2 leg) or this run's database (PostgreSQL leg). */
    public static Map<String, String> isolatedProperties(Path dataDir) {
        return isPostgres() ? properties() : h2(dataDir);
    }

    public static Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> h2(Path dataDir) {
        return Map.of("casillero.data-dir", dataDir.toString());
    }

    private static Map<String, String> postgres() {
        String adminUrl = System.getenv("CASILLERO_TEST_POSTGRES");
        if (adminUrl == null || adminUrl.isBlank()) {
            throw new IllegalStateException("The PostgreSQL leg is on but CASILLERO_TEST_POSTGRES is not set");
        }
        Matcher url = POSTGRES_URL.matcher(adminUrl);
        if (!url.matches()) {
            throw new IllegalStateException("CASILLERO_TEST_POSTGRES must look like "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        }
        String database = "casillero_test_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute(adminUrl, "create database " + database);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> execute(adminUrl, "drop database if exists " + database + " with (force)")));
        String query = url.group(3) == null ? "" : url.group(3);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", url.group(1) + "/" + database + query);
        props.put(
                "casillero.server-secret",
                "test-secret-"
                        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + "-0123456789");
        props.put("casillero.demo-data", "true");
        props.put("casillero.data-dir", temporaryFolder("casillero-test-").toString());
        // Spring keeps every test context (and its pool) open for the run: small pools keep the run's
        // dozen contexts well inside PostgreSQL's 100 connections, shared with whatever else runs.
        props.put("spring.datasource.hikari.maximum-pool-size", "5");
        props.put("spring.datasource.hikari.minimum-idle", "1");
        return Map.copyOf(props);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the test run is not reachable or refused: " + sql, e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans up what is left
        }
    }
}
