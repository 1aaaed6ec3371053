package org.casillero.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.casillero.shared.CasilleroSettings;
import org.springframework.stereotype.Component;

/**
 * Forgets the failed-login and refused-card counters that can no longer matter (their window over,
 * no lock running), at most once a minute per server: each new client address or box makes a row,
 * and attempts that fail are what makes many.
 */
@Component
class ThrottleSweep {
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final ThrottleRepository counters;
    private final Duration kept;
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.MIN);

    ThrottleSweep(ThrottleRepository counters, CasilleroSettings settings) {
        this.counters = counters;
        this.kept = settings.login().window().plus(settings.login().lockout());
    }

    /** In the caller's transaction, if it has one, when it is this server's turn. */
    void sweep(Instant now) {
        Instant previous = last.get();
        if (previous.plus(EVERY).isBefore(now) && last.compareAndSet(previous, now)) {
            counters.deleteExpired(now.minus(kept), now);
        }
    }
}
