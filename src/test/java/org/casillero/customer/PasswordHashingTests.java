package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Secret;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.node.ObjectNode;

/**
 * Passwords are hashed on a small pool of platform threads, never inside a transaction; a burst past
 * the pool's queue gets a quick "busy" answer and leaves nothing half-written. (Its one API user may
 * fill the whole pool here; {@link HashingFloodTests} shares it out.)
 */
@TestPropertySource(
        properties = {"casillero.hashing.threads=1", "casillero.hashing.queue=2", "casillero.hashing.per-api-user=3"})
class PasswordHashingTests extends BoxApiTest {
    private static final String REGISTRATION = BoxClient.CUSTOMER + "customer-registration";

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hashesOnItsOwnPlatformThreads() {
        String hash = hashing.hash(new Secret("pass123"));

        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(thread -> thread.getName().startsWith("password-hashing-"))
                .isNotEmpty()
                .allMatch(thread -> !thread.isVirtual() && thread.isDaemon());
        assertThat(hash).startsWith("$argon2id$");
        assertThat(hashing.matches(new Secret("pass123"), hash)).isTrue();
        assertThat(hashing.matches(new Secret("pass124"), hash)).isFalse();
    }

    @Test
    void hashesAtALowerPriorityThanTheThreadsThatAnswerRequests() throws IOException {
        hashing.hash(new Secret("pass123"));

        // Linux names a thread's task after its first 15 characters; field 19 of its stat is its nice value.
        List<Integer> hashingNice = new ArrayList<>();
        List<Integer> otherNice = new ArrayList<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).strip();
                String stat = Files.readString(task.resolve("stat"));
                int nice = Integer.parseInt(
                        stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
                (name.startsWith("password-hashin") ? hashingNice : otherNice).add(nice);
            }
        }

        assertThat(hashingNice).isNotEmpty().containsOnly(BackgroundPriority.NICE);
        assertThat(otherNice).contains(0);
    }

    @Test
    void hashesOnEveryCoreByDefault() {
        assertThat(new CasilleroSettings.Hashing(0, 1000, Duration.ofSeconds(60), 0).poolThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void refusesToHashInsideATransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> hashing.hash(new Secret("pass123"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    @Test
    void countsNoGuessForALoginAnsweredBusy() throws Exception {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            customers.add(register());
        }
        AtomicInteger next = new AtomicInteger();
        List<BoxClient.Response> answers = burst(
                24,
                () -> box.post(
                        BoxClient.CUSTOMER + "customer-login",
                        AccountLifecycleTests.login(
                                customers.get(next.getAndIncrement()).email(), "pass123")));

        assertThat(answers).extracting(BoxClient.Response::status).contains(503);
        assertThat(answers)
                .allMatch(answer -> answer.status() == 503 || answer.verified(), "busy or logged in, never refused");
        assertThat(jdbc.sql("select coalesce(max(failures), 0) from login_throttle where throttle_key like 'account:%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static List<BoxClient.Response> burst(int size, Callable<BoxClient.Response> call) throws Exception {
        List<BoxClient.Response> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(size)) {
            List<Future<BoxClient.Response>> pending = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                pending.add(clients.submit(call));
            }
            for (Future<BoxClient.Response> answer : pending) {
                answers.add(answer.get());
            }
        }
        return answers;
    }

    @Test
    void answersBusyQuicklyPastTheQueueAndKeepsEveryOtherRegistration() throws Exception {
        int burst = 24;
        List<String> emails = new ArrayList<>();
        List<BoxClient.Response> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(burst)) {
            List<Future<BoxClient.Response>> pending = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String email = uniqueEmail();
                emails.add(email);
                ObjectNode body = registration(email);
                pending.add(clients.submit(() -> box.post(REGISTRATION, body)));
            }
            for (Future<BoxClient.Response> answer : pending) {
                answers.add(answer.get());
            }
        }

        List<Integer> busy = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            BoxClient.Response answer = answers.get(i);
            boolean stored = jdbc.sql("select count(*) from customer where email = upper(:email)")
                            .param("email", emails.get(i))
                            .query(Long.class)
                            .single()
                    == 1;
            if (answer.status() == 503) {
                busy.add(i);
                assertThat(answer.errorDescription()).isEqualTo("The service is busy; try again in a few seconds.");
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(stored).as("a busy answer stores nothing").isFalse();
            } else {
                assertThat(answer.verified()).as(answer.text()).isTrue();
                assertThat(stored).isTrue();
            }
        }
        // One hashing, two waiting: most of a burst of 24 finds the queue full.
        assertThat(busy).isNotEmpty();
        assertThat(burst - busy.size()).isGreaterThanOrEqualTo(3);
    }
}
