package org.casillero.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The warning that a request was answered busy, at most once per {@link #INTERVAL}: busy answers are
 * what a flood gets, and the flood must not reach the log as well. The next line tells how many
 * busy answers went unlogged since the one before.
 */
@Component
public final class BusyLog {
    static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(BusyLog.class);

    private final Clock clock;
    private @Nullable Instant lastLogged;
    private long unlogged;

    public BusyLog(Clock clock) {
        this.clock = clock;
    }

    /** A busy answer about to be sent, logged unless one was within the interval. */
    public void refused(ServiceBusy busy) {
        Instant since;
        long missed;
        synchronized (this) {
            Instant now = clock.instant();
            if (lastLogged != null && now.isBefore(lastLogged.plus(INTERVAL))) {
                unlogged++;
                return;
            }
            since = lastLogged;
            missed = unlogged;
            lastLogged = now;
            unlogged = 0;
        }
        if (missed == 0) {
            log.warn("Refused as busy: {}", busy.getMessage());
        } else {
            log.warn("Refused as busy: {}; {} more busy answers since {} not logged", busy.getMessage(), missed, since);
        }
    }
}
