package org.casillero.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.casillero.BoxApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

/** Servers starting at once on one database seed the same partner and API user without tripping over each other. */
class ConcurrentSeedingTests extends BoxApiTest {
    @Autowired
    ApiUserRepository users;

    @Autowired
    TransactionOperations transactions;

    @Test
    void seedsOnceWhenManyTransactionsSeedTheSameRowsAtOnce() throws Exception {
        int copaId = ThreadLocalRandom.current().nextInt(900_000, 999_999);
        int servers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Boolean> created = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(servers)) {
            List<Future<Boolean>> seeding = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                seeding.add(pool.submit(() -> {
                    start.await();
                    return transactions.execute(status -> {
                        Instant now = Instant.now();
                        boolean partner = users.createPartnerIfAbsent(copaId, "Seeded", now);
                        boolean user = users.createApiUserIfAbsent(copaId, "0".repeat(64), now);
                        users.grantIfAbsent(copaId, copaId);
                        return partner && user;
                    });
                }));
            }
            start.countDown();
            for (Future<Boolean> result : seeding) {
                created.add(result.get());
            }
        }

        assertThat(created).containsOnlyOnce(true);
        assertThat(users.partnerExists(copaId)).isTrue();
    }
}
