package org.casillero.robustness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of a test's own, on a port of its own, made with Debian's cluster tools and
 * dropped at the end: a test may stop and crash it at will. The shared server on 5432 is never
 * touched.
 */
final class OwnPostgresCluster implements AutoCloseable {
    private final String version;
    private final String name;
    private final int port;

    private OwnPostgresCluster(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
    }

    /** A new cluster, started, trusting local connections. */
    static OwnPostgresCluster create() {
        String version = installedVersion();
        String name = "casillero_test_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        int port = freePort();
        OwnPostgresCluster cluster = new OwnPostgresCluster(version, name, port);
        cluster.run(
                "pg_createcluster",
                "--port",
                String.valueOf(port),
                "--start-conf",
                "manual",
                "--start",
                version,
                name,
                "--",
                "--auth=trust");
        return cluster;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** Stops it the hard way: no checkpoint, connections cut, as when the database host fails. */
    void crash() {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "stop", "-m", "immediate");
    }

    void start() {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start");
    }

    @Override
    public void close() {
        run("pg_dropcluster", "--stop", version, name);
    }

    private static String installedVersion() {
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(path -> path.getFileName().toString())
                    .sorted()
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster tools under /etc/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL cluster tools under /etc/postgresql", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
