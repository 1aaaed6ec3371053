package org.casillero.geo;

import java.time.Clock;
import java.time.Duration;
import org.casillero.shared.CasilleroSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * At start: loads the bundled world data into a database that has never held geographic data; once
 * a server is up, fills the in-memory copy in the background, so that the start does not wait for it
 * (a lookup that comes first waits for that load: {@link Geography}); from then on checks
 * every {@code casillero.geo-refresh} for an import by an operator. An operator command fills the
 * copy only if it looks something up.
 */
@Component
class GeoStartup implements SmartInitializingSingleton, ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(GeoStartup.class);

    private final BundledLoad bundled;
    private final Geography geography;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Duration refresh;
    private final boolean server;

    GeoStartup(
            BundledLoad bundled,
            Geography geography,
            TaskScheduler scheduler,
            Clock clock,
            CasilleroSettings settings,
            ApplicationContext context) {
        this.bundled = bundled;
        this.geography = geography;
        this.scheduler = scheduler;
        this.clock = clock;
        this.refresh = settings.geoRefresh();
        this.server = context instanceof WebServerApplicationContext;
    }

    /**
     * A database that cannot be reached now does not stop the server (it answers 503 meanwhile):
     * the periodic check, or the first lookup, loads the data once the database answers.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            bundled.loadIfNeverLoaded();
        } catch (DataAccessException e) {
            log.warn("Could not load the bundled geographic data; will try again in {}: {}", refresh, e.getMessage());
        }
        scheduler.scheduleWithFixedDelay(this::refresh, clock.instant().plus(refresh), refresh);
    }

    /** Once the server is up, so that this work does not slow down the rest of the start. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (server) {
            Thread.ofPlatform().name("geo-first-load").daemon().start(this::firstLoad);
        }
    }

    /** Also when the server stops in the middle of it (its database closed under it). */
    private void firstLoad() {
        try {
            geography.refreshIfChanged();
        } catch (RuntimeException e) {
            log.warn("Could not load the geographic data; the first lookup or the next check will: {}", e.toString());
        }
    }

    private void refresh() {
        try {
            geography.refreshIfChanged();
        } catch (DataAccessException e) {
            log.warn("Could not load or check the geographic data; will try again in {}: {}", refresh, e.getMessage());
        }
    }
}
