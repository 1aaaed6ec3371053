package org.casillero.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Slow bodies (R.U.D.Y.), attacked with Debian's {@code slowhttptest} as an outsider would: 2,000
 * connections from one client address, each declaring a 60,000-byte body and sending a few bytes
 * every 10 seconds, against the server in a JVM of its own with the production launch's flags (a
 * 192 MiB heap). Meanwhile a customer's get-info, from another address, is answered within a second
 * every time; afterwards the server is alive and answering, its log holds no OutOfMemoryError, and
 * the slow connections were dropped by the server.
 */
class SlowBodyTests {
    private static final String SECRET = "slow-body-tests-server-secret-0123456789abcdef";
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";
    private static final Duration PROBE_BOUND = Duration.ofSeconds(1);
    private static final Pattern ATTACK_LINE =
            Pattern.compile("POST " + Pattern.quote(GET_INFO) + " -> ([0-9]{3}) in ([0-9]+) ms");

    @Test
    void keepsAnsweringOthersAndDropsTheSlowBodiesOfOneClientSendingTwoThousand() throws Exception {
        String slowhttptest = slowhttptest();
        Path folder = TestDatabase.temporaryFolder("slow-body-");
        Path log = folder.resolve("server.log");
        Map<String, String> properties = new HashMap<>(TestDatabase.freshProperties());
        properties.put("casillero.server-secret", SECRET);
        properties.put("casillero.demo-data", "true");
        int port = ServerProcess.freePort();
        Process server = ServerProcess.start(properties, port, log, ServerProcess.productionFlags());
        List<String> problems = new ArrayList<>();
        try {
            BoxClient box = new BoxClient(port);
            ServerProcess.awaitUp(box, server);
            BoxApiTest.Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
            Probe probe = new Probe(port, customer);
            probe.start();

            Process attack = new ProcessBuilder(
                            slowhttptest,
                            "-B",
                            "-c",
                            "2000",
                            "-s",
                            "60000",
                            "-i",
                            "10",
                            "-r",
                            "100",
                            "-l",
                            "45",
                            "-x",
                            "10",
                            "-t",
                            "POST",
                            "-f",
                            "application/json",
                            "-p",
                            "3",
                            "-g",
                            "-o",
                            folder.resolve("attack").toString(),
                            "-u",
                            "http://127.0.0.1:" + port + GET_INFO)
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("slowhttptest.log").toFile())
                    .start();
            if (!attack.waitFor(90, TimeUnit.SECONDS)) {
                attack.destroyForcibly();
            }
            List<String> missed = probe.stop();

            String verdict = summary(folder.resolve("slowhttptest.log"));
            System.out.println("slowhttptest: " + verdict);
            System.out.println("get-info probes from another address: " + probe.answered() + " answered, "
                    + missed.size() + " missed the bound");
            if (probe.answered() + missed.size() < 20) {
                problems.add("only " + (probe.answered() + missed.size()) + " probes were sent");
            }
            if (!missed.isEmpty()) {
                problems.add(missed.size() + " get-info probes not answered within " + PROBE_BOUND.toMillis() + " ms: "
                        + missed.subList(0, Math.min(10, missed.size())));
            }
            if (!server.isAlive()) {
                problems.add("the server process died (exit status " + server.exitValue() + ")");
            } else {
                BoxClient.Response after = box.post(GET_INFO, customer.credentials());
                if (after.status() != 200 || !after.verified()) {
                    problems.add("after the attack get-info answered " + after.status() + " " + after.text());
                }
            }
            String text = ServerProcess.log(log);
            if (text.contains("OutOfMemoryError")) {
                problems.add("the server's log holds an OutOfMemoryError");
            }
            problems.addAll(dropped(text, verdict));
        } finally {
            ServerProcess.stop(server);
        }
        assertThat(problems).as("see " + folder).isEmpty();
    }

    /**
     * The server, not the attacker, ended the slow connections: it answered some of them 408 (too
     * slow), none of them later than a slow body may last, and none was left open when the tool
     * stopped (the tool's own verdict; its statistics lag a second behind).
     */
    private static List<String> dropped(String log, String verdict) {
        List<String> problems = new ArrayList<>();
        Matcher lines = ATTACK_LINE.matcher(log);
        Map<String, Integer> answers = new TreeMap<>();
        long longest = 0;
        while (lines.find()) {
            answers.merge(lines.group(1), 1, Integer::sum);
            longest = Math.max(longest, Long.parseLong(lines.group(2)));
        }
        System.out.println("The attack's requests were answered " + answers + ", the longest after " + longest + " ms");
        if (!answers.containsKey("408")) {
            problems.add("no slow body was answered 408");
        }
        if (longest > 20_000) {
            problems.add("a slow body lasted " + longest + " ms");
        }
        if (!verdict.contains("No open connections left")) {
            problems.add("slowhttptest ended with connections still open: " + verdict);
        }
        return problems;
    }

    /** A customer's get-info, from 127.0.0.2 (another client address than the attacker's), four times a second. */
    private static final class Probe {
        private final HttpClient http;
        private final HttpRequest request;
        private final List<String> missed = new ArrayList<>();
        private volatile boolean stop;
        private int answered;
        private Thread thread;

        Probe(int port, BoxApiTest.Customer customer) throws IOException {
            this.http = HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName("127.0.0.2"))
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            this.request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + GET_INFO))
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            customer.credentials().toString()))
                    .build();
        }

        void start() {
            thread = Thread.ofPlatform().start(() -> {
                while (!stop) {
                    long started = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        boolean verified = response.statusCode() == 200
                                && BoxClient.JSON
                                        .readTree(response.body())
                                        .get(0)
                                        .get("_verify")
                                        .asBoolean();
                        outcome = verified ? "" : "answered " + response.statusCode() + " " + response.body();
                    } catch (IOException | RuntimeException e) {
                        outcome = e.toString();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    synchronized (this) {
                        if (outcome.isEmpty() && millis <= PROBE_BOUND.toMillis()) {
                            answered++;
                        } else {
                            missed.add(millis + " ms " + outcome);
                        }
                    }
                    sleep(250);
                }
            });
        }

        List<String> stop() throws InterruptedException {
            stop = true;
            thread.join();
            return missed;
        }

        synchronized int answered() {
            return answered;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** slowhttptest's path; the test is skipped without it, except on CI, which installs it (.ci/run). */
    private static String slowhttptest() {
        Optional<String> found = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "slowhttptest"))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
        if (found.isEmpty() && System.getenv("CI") != null) {
            fail("slowhttptest is not installed (CI installs it: .ci/run)");
        }
        assumeTrue(found.isPresent(), "slowhttptest is not installed: apt-get install slowhttptest");
        return found.orElseThrow();
    }

    private static String summary(Path output) throws IOException {
        return Files.readAllLines(output).stream()
                .map(line -> line.replaceAll("\u001b\\[[0-9;]*m", "").strip())
                .filter(line -> line.startsWith("Exit status") || line.contains("Test ended"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("(no summary)");
    }
}
