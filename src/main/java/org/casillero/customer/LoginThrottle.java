package org.casillero.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casillero.customer.ThrottleRepository.Counter;
import org.casillero.shared.CasilleroSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per client address in the database, so that every server
 * instance sees the same counts; slows repeated failures, then refuses logins for a cooling-off
 * period.
 */
@Component
class LoginThrottle {
    private static final Duration MAX_SLOWDOWN_FACTOR = Duration.ofSeconds(5);

    private final ThrottleRepository counters;
    private final CasilleroSettings.Login limits;
    private final Clock clock;

    LoginThrottle(ThrottleRepository counters, CasilleroSettings settings, Clock clock) {
        this.counters = counters;
        this.limits = settings.login();
        this.clock = clock;
    }

    record Keys(String account, String client) {
        static Keys of(int userCode, String normalizedEmail, String clientAddress) {
            return new Keys("account:" + userCode + ":" + normalizedEmail, "client:" + clientAddress);
        }
    }

    /** Refuses the attempt when the account or the client address is locked. */
    @Transactional(readOnly = true)
    public void refuseIfLocked(Keys keys) {
        Instant now = clock.instant();
        for (String key : List.of(keys.account(), keys.client())) {
            counters.find(key)
                    .map(Counter::lockedUntil)
                    .filter(until -> until.isAfter(now))
                    .ifPresent(until -> {
                        throw new TooManyLoginAttempts(
                                Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60));
                    });
        }
    }

    /** Counts a failure; answers how long to hold the answer back. */
    @Transactional
    public Duration recordFailure(Keys keys) {
        Instant now = clock.instant();
        counters.deleteExpired(now.minus(limits.window()).minus(limits.lockout()), now);
        int accountFailures = counters.countFailure(
                keys.account(), now, limits.window(), limits.accountLockAfter(), limits.lockout());
        int clientFailures =
                counters.countFailure(keys.client(), now, limits.window(), limits.clientLockAfter(), limits.lockout());
        int over = Math.max(accountFailures, clientFailures) - limits.slowAfter();
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = limits.slowdown().multipliedBy(over);
        Duration cap = limits.slowdown().multipliedBy(MAX_SLOWDOWN_FACTOR.toSeconds());
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** A successful login clears the account's failures (not the client address's). */
    @Transactional
    public void clear(Keys keys) {
        counters.delete(keys.account());
    }
}
