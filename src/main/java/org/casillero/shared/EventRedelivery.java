package org.casillero.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Delivers failed domain events again (README, "Domain events"), every {@code
 * casillero.events.redelivery-interval}. Spring Modulith claims each failed publication before it
 * delivers it, but a server that read a publication as failed may still claim it after another
 * server claimed and started it; so the servers take turns: each redelivery holds the lock on the
 * one {@code event_redelivery} row while it reads and claims, and the next server reads what is left.
 */
@Component
class EventRedelivery {
    private final FailedEventPublications failed;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ResubmissionOptions options;

    EventRedelivery(
            FailedEventPublications failed,
            JdbcClient jdbc,
            TransactionOperations transactions,
            CasilleroSettings settings) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.transactions = transactions;
        CasilleroSettings.Events events = settings.events();
        this.options = ResubmissionOptions.defaults()
                .withMinAge(events.redeliverAfter())
                .withBatchSize(events.batch())
                .withMaxInFlight(events.batch());
    }

    @Scheduled(
            initialDelayString = "${casillero.events.redelivery-interval:30s}",
            fixedDelayString = "${casillero.events.redelivery-interval:30s}")
    void redeliver() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select id from event_redelivery where id = 1 for update")
                    .query(Integer.class)
                    .single();
            failed.resubmit(options);
        });
    }
}
