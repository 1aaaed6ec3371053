package org.casillero.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;

/** The server in a JVM of its own, on the test's class path, so that it can be killed or starved. */
final class ServerProcess {
    private ServerProcess() {
        throw new AssertionError();
    }

    static Process start(Map<String, String> properties, int port, Path log) throws IOException {
        return start(properties, port, log, List.of());
    }

    /** The server with these JVM flags (before the class path), its output (the log) into {@code log}. */
    static Process start(Map<String, String> properties, int port, Path log, List<String> jvmFlags) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmFlags);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CasilleroApplication.class.getName());
        command.add("--server.port=" + port);
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * The JVM flags that {@code bin/casillero} runs the server with, for the heap of a 2-core machine
     * (192 MiB): as {@code bin/casillero jvm-options} prints them, with none of the caller's overrides.
     */
    static List<String> productionFlags() {
        Path script = Path.of("bin", "casillero").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), "jvm-options").redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("CASILLERO_") || name.equals("JAVA_OPTS"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("CASILLERO_HASHING_THREADS", "1");
        try {
            Process process = builder.start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("bin/casillero jvm-options failed: " + printed);
            }
            return Arrays.asList(printed.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void awaitUp(BoxClient box, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var health = box.send(HttpRequest.newBuilder(URI.create(box.base() + "/actuator/health"))
                        .GET());
                if (health.status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The server process did not come up (alive: " + process.isAlive() + ")");
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static String log(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
