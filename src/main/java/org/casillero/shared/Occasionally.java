package org.casillero.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts something worth a warning and says when to write one: at most once per interval, telling
 * how many happened since the last (a flood must not flood the log as well).
 */
public final class Occasionally {
    private final long everyNanos;
    private final AtomicLong last;
    private final AtomicLong since = new AtomicLong();

    public Occasionally(Duration every) {
        this.everyNanos = every.toNanos();
        this.last = new AtomicLong(System.nanoTime() - everyNanos);
    }

    /** How many happened (this one included) over how long, when a warning is due now. */
    public record Tally(long count, Duration over) {}

    /** Counts one; answers the tally to warn of when the interval since the last warning is over. */
    public Optional<Tally> count() {
        long count = since.incrementAndGet();
        long previous = last.get();
        long now = System.nanoTime();
        if (now - previous >= everyNanos && last.compareAndSet(previous, now)) {
            since.addAndGet(-count);
            return Optional.of(new Tally(count, Duration.ofNanos(now - previous)));
        }
        return Optional.empty();
    }
}
