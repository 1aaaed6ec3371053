package org.casillero.geo;

import java.time.Clock;
import java.time.Duration;
import org.casillero.shared.CasilleroSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before the server takes requests: loads the bundled world data into a database that has never
 * held geographic data (one instance does it, in one transaction), then fills the in-memory copy;
 * from then on checks every {@code casillero.geo-refresh} for an import by an operator.
 */
@Component
class GeoStartup implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(GeoStartup.class);

    private final GeoRepository repository;
    private final GeoTables tables;
    private final Geography geography;
    private final TransactionTemplate transaction;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Duration refresh;

    GeoStartup(
            GeoRepository repository,
            GeoTables tables,
            Geography geography,
            TransactionTemplate transaction,
            TaskScheduler scheduler,
            Clock clock,
            CasilleroSettings settings) {
        this.repository = repository;
        this.tables = tables;
        this.geography = geography;
        this.transaction = transaction;
        this.scheduler = scheduler;
        this.clock = clock;
        this.refresh = settings.geoRefresh();
    }

    /**
     * A database that cannot be reached now does not stop the server (it answers 503 meanwhile):
     * the periodic check loads the data once the database answers.
     */
    @Override
    public void afterSingletonsInstantiated() {
        refresh();
        scheduler.scheduleWithFixedDelay(this::refresh, clock.instant().plus(refresh), refresh);
    }

    /** Only the instance that claims the first load reads the bundled files. */
    private void loadBundledData() {
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

    private void refresh() {
        try {
            if (repository.version().isEmpty()) {
                loadBundledData();
            }
            geography.refreshIfChanged();
        } catch (DataAccessException e) {
            log.warn("Could not load or check the geographic data; will try again in {}: {}", refresh, e.getMessage());
        }
    }
}
