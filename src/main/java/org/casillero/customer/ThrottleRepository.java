package org.casillero.customer;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed-login counters, one row per account or client address. */
@Repository
class ThrottleRepository {
    private final JdbcClient jdbc;

    ThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT =
            "select failures, window_started_at, locked_until from login_throttle where throttle_key = :key";
    private static final String SELECT_FOR_UPDATE = SELECT + " for update";

    record Counter(int failures, Instant windowStartedAt, Instant lockedUntil) {}

    /** The counter, if any; an unlocked one answers {@link Instant#MIN} as its lock end. */
    Optional<Counter> find(String key) {
        return query(key, false);
    }

    /**
     * Counts one failure within the window (a window or lock that has ended starts afresh), locks the
     * key when the failures reach {@code lockAfter}, and answers the failures counted.
     */
    int countFailure(String key, Instant now, Duration window, int lockAfter, Duration lockout) {
        Optional<Counter> current = query(key, true);
        if (current.isEmpty()) {
            if (insert(key, now, lockAfter <= 1 ? now.plus(lockout) : null)) {
                return 1;
            }
            // another instance inserted it first; count on its row (without aborting this transaction)
            current = query(key, true);
        }
        Counter counter = current.orElseThrow();
        boolean expired = counter.windowStartedAt().plus(window).isBefore(now)
                || (counter.lockedUntil().isAfter(Instant.MIN)
                        && !counter.lockedUntil().isAfter(now));
        int failures = expired ? 1 : counter.failures() + 1;
        Instant windowStart = expired ? now : counter.windowStartedAt();
        Instant lockedUntil = failures >= lockAfter ? now.plus(lockout) : null;
        int updated = jdbc.sql("""
                        update login_throttle
                           set failures = :failures, window_started_at = :windowStart, locked_until = :lockedUntil
                         where throttle_key = :key
                        """)
                .param("failures", failures)
                .param("windowStart", utc(windowStart))
                .param("lockedUntil", lockedUntil == null ? null : utc(lockedUntil))
                .param("key", key)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("login counter vanished while locked: " + updated + " rows");
        }
        return failures;
    }

    void delete(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = :key")
                .param("key", key)
                .update();
    }

    /** Forgets counters whose window started before {@code cutoff} and that are not locked now. */
    void deleteExpired(Instant cutoff, Instant now) {
        jdbc.sql("""
                        delete from login_throttle
                         where window_started_at < :cutoff and (locked_until is null or locked_until < :now)
                        """).param("cutoff", utc(cutoff)).param("now", utc(now)).update();
    }

    private Optional<Counter> query(String key, boolean forUpdate) {
        return jdbc.sql(forUpdate ? SELECT_FOR_UPDATE : SELECT)
                .param("key", key)
                .query((rs, n) -> new Counter(
                        rs.getInt("failures"),
                        rs.getObject("window_started_at", OffsetDateTime.class).toInstant(),
                        lockEnd(rs.getObject("locked_until", OffsetDateTime.class))))
                .optional();
    }

    /** Answers false when the key is already there (a concurrent first failure). */
    private boolean insert(String key, Instant now, @Nullable Instant lockedUntil) {
        return jdbc.sql("""
                        insert into login_throttle (throttle_key, failures, window_started_at, locked_until)
                        values (:key, 1, :now, :lockedUntil)
                        on conflict do nothing
                        """)
                        .param("key", key)
                        .param("now", utc(now))
                        .param("lockedUntil", lockedUntil == null ? null : utc(lockedUntil))
                        .update()
                == 1;
    }

    private static Instant lockEnd(@Nullable OffsetDateTime lockedUntil) {
        return lockedUntil == null ? Instant.MIN : lockedUntil.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
