package org.casillero.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;

/**
 * What a body costs the server before any credential is checked grows with its bytes, never with a
 * product of them: bodies crafted so that walking them multiplies their parts (a 32,000-character
 * member name over 16,000 list elements; 440 nested members with long names; a list under a dozen
 * nested long names) cost at most a small multiple of a flat body of the same size, in heap
 * allocated and in CPU, as the JVM itself counts them; and a customer's get-info is answered all the
 * while.
 */
class RequestCostTests extends BoxApiTest {
    private static final String PATH = "/wcf-services/service-customer.svc/customer/customer-get-info";
    private static final int SIZE = 64_000;
    private static final int REQUESTS = 48;
    private static final int CONCURRENCY = 8;
    private static final double BOUND = 3.0;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** What the server spent per request: heap bytes allocated and CPU nanoseconds, by every thread of this JVM. */
    record Cost(double bytes, double cpuNanos) {
        @Override
        public String toString() {
            return "%.0f KiB and %.2f ms CPU per request".formatted(bytes / 1024, cpuNanos / 1e6);
        }
    }

    @Test
    void costsAtMostAFewTimesAFlatBodyOfTheSameSizeWhateverItsShapeWithoutCredentials() throws Exception {
        Customer customer = register();
        Map<String, String> crafted = Map.of(
                "a 32,000-character name over 16,000 zeros", product(),
                "440 nested members of 140-character names", deep(),
                "a list of zeros under 12 nested 100-character names", wide());
        String flat = padded("{\"x\":[", "0", ",", "]}");
        measure(flat, 16);
        crafted.values().forEach(body -> measure(body, 4));

        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> slowOrFailed = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        Thread caller = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                long started = System.nanoTime();
                BoxClient.Response info = box.post(PATH, customer.credentials());
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                if (info.status() != 200 || !info.verified() || took.compareTo(Duration.ofSeconds(2)) > 0) {
                    slowOrFailed.add(info.status() + " in " + took.toMillis() + " ms");
                }
                answered.incrementAndGet();
            }
        });
        List<String> over = new ArrayList<>();
        try {
            Cost before = measure(flat, REQUESTS);
            Map<String, Cost> costs = new java.util.TreeMap<>();
            crafted.forEach((shape, body) -> costs.put(shape, measure(body, REQUESTS)));
            Cost after = measure(flat, REQUESTS);
            Cost baseline = new Cost((before.bytes() + after.bytes()) / 2, (before.cpuNanos() + after.cpuNanos()) / 2);
            System.out.println("Flat body of " + flat.length() + " bytes: " + baseline);
            costs.forEach((shape, cost) -> {
                System.out.println(shape + ": " + cost);
                if (cost.bytes() > BOUND * baseline.bytes() || cost.cpuNanos() > BOUND * baseline.cpuNanos()) {
                    over.add(shape + ": " + cost + " against " + baseline + " for a flat body");
                }
            });
        } finally {
            stop.set(true);
            caller.join();
        }

        assertThat(over)
                .as("bodies costing more than %s times a flat one", BOUND)
                .isEmpty();
        assertThat(answered.get()).isPositive();
        assertThat(slowOrFailed).as("get-info answers alongside").isEmpty();
    }

    /** The server's cost per request of sending the body {@code count} times, {@link #CONCURRENCY} at once. */
    private Cost measure(String body, int count) {
        long allocated = threads.getTotalThreadAllocatedBytes();
        long cpu = os.getProcessCpuTime();
        try (ExecutorService senders = Executors.newFixedThreadPool(CONCURRENCY)) {
            List<Future<BoxClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(senders.submit(() -> box.post(PATH, body)));
            }
            for (Future<BoxClient.Response> response : sent) {
                BoxClient.Response answer = response.get(5, TimeUnit.MINUTES);
                assertThat(answer.status()).as(answer.text()).isLessThan(500);
                assertThat(answer.verified()).isFalse();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Cost(
                (double) (threads.getTotalThreadAllocatedBytes() - allocated) / count,
                (double) (os.getProcessCpuTime() - cpu) / count);
    }

    /** The body: {@code {"<32,000 × a>": [0,0,0,… 16,000 zeros]}}, padded to the size. */
    private static String product() {
        return padded("{\"" + "a".repeat(32_000) + "\":[", "0", ",", "]}");
    }

    private static String deep() {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 440; level++) {
            body.append("{\"")
                    .append(Character.toString('a' + level % 26).repeat(140))
                    .append("\":");
        }
        body.append('0').append("}".repeat(440));
        return body.toString();
    }

    private static String wide() {
        StringBuilder open = new StringBuilder();
        for (int level = 0; level < 12; level++) {
            open.append("{\"")
                    .append(Character.toString('a' + level).repeat(100))
                    .append("\":");
        }
        return padded(open + "[", "0", ",", "]" + "}".repeat(12));
    }

    /** {@code head}, then {@code item}s separated by {@code separator} up to {@link #SIZE} bytes, then {@code tail}. */
    private static String padded(String head, String item, String separator, String tail) {
        StringBuilder body = new StringBuilder(head).append(item);
        while (body.length() + separator.length() + item.length() + tail.length() <= SIZE) {
            body.append(separator).append(item);
        }
        return body.append(tail).toString();
    }
}
