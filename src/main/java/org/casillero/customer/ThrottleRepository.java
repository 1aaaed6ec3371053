package org.casillero.customer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.casillero.customer.LoginThrottle.Counter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed-login counters, one row per account, client address or API user. */
@Repository
class ThrottleRepository {
    private static final String SELECT_FOR_UPDATE =
            "select failures, window_started_at, locked_until from login_throttle where throttle_key = :key for update";

    private final JdbcClient jdbc;

    ThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The key's counter, its row locked until the transaction ends; a key without one gets a fresh
     * counter (no failures, window starting now), made here so that concurrent attempts queue on it.
     */
    Counter lock(String key, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Counter> current = select(key);
            if (current.isPresent()) {
                return current.get();
            }
            // Inserted now, or by a concurrent attempt first; a concurrent success may delete it again.
            jdbc.sql("""
                            insert into login_throttle (throttle_key, failures, window_started_at, locked_until)
                            values (:key, 0, :now, null)
                            on conflict do nothing
                            """).param("key", key).param("now", utc(now)).update();
        }
        return select(key).orElseThrow(() -> new IllegalStateException("Login counter keeps vanishing: " + key));
    }

    void save(String key, Counter counter) {
        int updated = jdbc.sql("""
                        update login_throttle
                           set failures = :failures, window_started_at = :windowStart, locked_until = :lockedUntil
                         where throttle_key = :key
                        """)
                .param("failures", counter.failures())
                .param("windowStart", utc(counter.windowStartedAt()))
                .param("lockedUntil", counter.lockedUntil() == null ? null : utc(counter.lockedUntil()))
                .param("key", key)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Login counter vanished while locked: " + updated + " rows");
        }
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

    private Optional<Counter> select(String key) {
        return jdbc.sql(SELECT_FOR_UPDATE)
                .param("key", key)
                .query((rs, n) -> new Counter(
                        rs.getInt("failures"),
                        rs.getObject("window_started_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("locked_until", OffsetDateTime.class))))
                .optional();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
