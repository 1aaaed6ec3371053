package org.casillero.customer;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.casillero.shared.CasilleroSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins, counted in the database so that every server instance shares the counts (README,
 * "Failed logins"):
 *
 * <ul>
 *   <li>Per account: each attempt reserves a guess before the password is checked, atomically under
 *       the counter's row lock, and counts as a failure until it succeeds; at the limit the account
 *       is locked for the lockout. A burst of parallel attempts gets no more guesses than the limit.
 *   <li>Per client address and per API user: failures across accounts (credential stuffing) are
 *       counted; reaching the alert level and each doubling of it logs a warning, counts a metric,
 *       and slows later failures by one more step. They never refuse a login: a partner's server
 *       sends every customer's login from one address and one API user.
 * </ul>
 *
 * A correct password is answered at once; only failures are held back, never more than five steps.
 */
@Component
class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_STEPS = 5;

    private final ThrottleRepository counters;
    private final CasilleroSettings.Login limits;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ThrottleSweep sweep;

    LoginThrottle(
            ThrottleRepository counters,
            ThrottleSweep sweep,
            CasilleroSettings settings,
            Clock clock,
            MeterRegistry meters) {
        this.counters = counters;
        this.sweep = sweep;
        this.limits = settings.login();
        this.clock = clock;
        this.meters = meters;
    }

    record Keys(String account, String client, String apiUser) {
        /** The longest client address kept as it is; a longer one (a forged header, say) is kept as its digest. */
        private static final int MAX_ADDRESS = 64;

        static Keys of(int userCode, String normalizedEmail, String clientAddress) {
            return new Keys(
                    "account:" + userCode + ":" + normalizedEmail,
                    "client:" + client(clientAddress),
                    "api-user:" + userCode);
        }

        /** The client address as a counter's key holds it. */
        static String client(String clientAddress) {
            return clientAddress.length() <= MAX_ADDRESS ? clientAddress : digest(clientAddress);
        }

        private static String digest(String text) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One key's failures within its window, and the end of its lock, if any. */
    record Counter(
            int failures, Instant windowStartedAt, @Nullable Instant lockedUntil) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** With one more failure: a window or lock that has ended starts afresh; at {@code lockAfter}, locked. */
        Counter withFailure(Instant now, Duration window, int lockAfter, Duration lockout) {
            boolean expired = windowStartedAt.plus(window).isBefore(now) || (lockedUntil != null && !lockedAt(now));
            int counted = expired ? 1 : failures + 1;
            return new Counter(
                    counted, expired ? now : windowStartedAt, counted >= lockAfter ? now.plus(lockout) : null);
        }

        /** With one failure given back: no lock that only it had set. */
        Counter withoutFailure(int lockAfter) {
            int counted = Math.max(0, failures - 1);
            return new Counter(counted, windowStartedAt, counted >= lockAfter ? lockedUntil : null);
        }

        /** Whole minutes until the lock ends, at least 1: what a refusal tells the caller. */
        long minutesLeft(Instant now) {
            Instant end = lockedUntil == null ? now : lockedUntil;
            return Math.max(1, (Duration.between(now, end).toSeconds() + 59) / 60);
        }
    }

    /**
     * Reserves one guess at the account's password: refused while the account is locked, otherwise
     * counted as a failure now (and forgotten by {@link #clear} if the login succeeds). Answers the
     * account's failures, this one included.
     */
    @Transactional
    public int reserveGuess(Keys keys) {
        Instant now = clock.instant();
        Counter counter = counters.lock(keys.account(), now);
        if (counter.lockedAt(now)) {
            throw new TooManyLoginAttempts(counter.minutesLeft(now));
        }
        Counter counted = counter.withFailure(now, limits.window(), limits.accountLockAfter(), limits.lockout());
        counters.save(keys.account(), counted);
        return counted.failures();
    }

    /**
     * A guess that failed: counts it against the client address and the API user, alerts at each
     * level they reach, and answers how long to hold the answer back.
     */
    @Transactional
    public Duration recordFailure(Keys keys, int accountFailures) {
        Instant now = clock.instant();
        sweep.sweep(now);
        meters.counter("casillero.login.failures").increment();
        int level = Math.max(
                stuffingLevel(count(keys.client(), now), "client-address", keys.client()),
                stuffingLevel(count(keys.apiUser(), now), "api-user", keys.apiUser()));
        int steps = Math.min(MAX_STEPS, Math.max(accountFailures - limits.slowAfter(), level));
        return steps <= 0 ? Duration.ZERO : limits.slowdown().multipliedBy(steps);
    }

    /** A successful login forgets the account's failures (not the client address's or API user's). */
    @Transactional
    public void clear(Keys keys) {
        counters.delete(keys.account());
    }

    /**
     * Gives back a guess whose password could not be checked (the server was busy or failing): one
     * failure less, and no lock that only that guess had set.
     */
    @Transactional
    public void giveBack(Keys keys) {
        Instant now = clock.instant();
        Counter counter = counters.lock(keys.account(), now);
        if (counter.failures() == 0) {
            return;
        }
        counters.save(keys.account(), counter.withoutFailure(limits.accountLockAfter()));
    }

    private int count(String key, Instant now) {
        Counter counted =
                counters.lock(key, now).withFailure(now, limits.window(), Integer.MAX_VALUE, limits.lockout());
        counters.save(key, counted);
        return counted.failures();
    }

    /** 0 below the alert level; 1 at it, one more at each doubling. Reaching a level is logged and counted once. */
    private int stuffingLevel(int failures, String source, String key) {
        int alertAfter = limits.stuffingAlertAfter();
        if (failures < alertAfter) {
            return 0;
        }
        int multiple = failures / alertAfter;
        if (failures % alertAfter == 0 && Integer.bitCount(multiple) == 1) {
            log.warn(
                    "Possible credential stuffing: {} failed logins from {} within {}", failures, key, limits.window());
            meters.counter("casillero.login.stuffing.alerts", "source", source).increment();
        }
        return 32 - Integer.numberOfLeadingZeros(multiple);
    }
}
