package org.casillero.geo;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first load of the bundled world data into a database that has never held geographic data: one
 * instance does it (the one that claims it), in one transaction.
 */
@Component
class BundledLoad {
    private static final Logger log = LoggerFactory.getLogger(BundledLoad.class);

    private final GeoRepository repository;
    private final GeoTables tables;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BundledLoad(GeoRepository repository, GeoTables tables, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.tables = tables;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Loads the bundled data unless the tables hold data already (or another instance is loading it). */
    void loadIfNeverLoaded() {
        if (repository.version().isPresent()) {
            return;
        }
        long started = System.nanoTime();
        GeoData loaded = transaction.execute(status -> {
            if (!repository.claimFirstLoad(clock.instant())) {
                return null;
            }
            GeoData bundled = BundledGeoData.read();
            tables.apply(repository.load().changesTo(bundled), message -> {});
            return bundled;
        });
        if (loaded != null) {
            log.info(
                    "Loaded the bundled geographic data: {} countries, {} states, {} cities in {} ms",
                    loaded.countries().size(),
                    loaded.states().size(),
                    loaded.cities().size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }
}
