package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.shared.Secret;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.node.ObjectNode;

/**
 * Passwords are hashed on a small pool of platform threads, never inside a transaction; a burst past
 * the pool's queue gets a quick "busy" answer and leaves nothing half-written.
 */
@TestPropertySource(properties = {"casillero.hashing.threads=1", "casillero.hashing.queue=2"})
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

        assertThat(hash).startsWith("$argon2id$");
        assertThat(hashing.matches(new Secret("pass123"), hash)).isTrue();
        assertThat(hashing.matches(new Secret("pass124"), hash)).isFalse();
    }

    @Test
    void refusesToHashInsideATransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> hashing.hash(new Secret("pass123"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
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
