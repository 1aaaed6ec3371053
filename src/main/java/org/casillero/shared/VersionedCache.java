package org.casillero.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the database says of credentials, kept in memory under a version the database holds: every
 * change to what is kept bumps that version in the same transaction. {@link #check()} compares the
 * stored version with the one seen and drops everything when it moved; its owner runs it on a
 * schedule (other servers' changes) and after each of this server's own commits ({@link
 * #checkAfterCommit()}). Until a check succeeds (at start, or after one failed) nothing is kept and
 * every lookup reads the database.
 */
public final class VersionedCache<K, V> {
    private static final Logger log = LoggerFactory.getLogger(VersionedCache.class);
    /** Not checked yet, or the last check failed. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final Cache<K, Entry<V>> entries;
    private final LongSupplier storedVersion;
    private volatile long version = UNKNOWN;

    private record Entry<V>(long version, V value) {}

    public VersionedCache(long maximumSize, LongSupplier storedVersion) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.storedVersion = storedVersion;
    }

    /** The value kept for {@code key} at the current version, or {@code load}'s (kept, unless null). */
    public @Nullable V get(K key, Function<K, ? extends @Nullable V> load) {
        long current = version;
        if (current == UNKNOWN) {
            return load.apply(key);
        }
        Entry<V> entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == current) {
            return entry.value();
        }
        // Read after the version: a change committed meanwhile moves the version past this entry.
        @Nullable V value = load.apply(key);
        if (value != null) {
            entries.put(key, new Entry<>(current, value));
        }
        return value;
    }

    /** Compares the stored version with the one seen; drops everything when it moved or cannot be read. */
    public void check() {
        try {
            long latest = storedVersion.getAsLong();
            if (latest != version) {
                version = latest;
                entries.invalidateAll();
            }
        } catch (RuntimeException unreachable) {
            version = UNKNOWN;
            entries.invalidateAll();
            log.debug("Version check failed: {}", unreachable.toString());
        }
    }

    /** Checks as soon as the current transaction commits (at once without one): this server's own change. */
    public void checkAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    check();
                }
            });
        } else {
            check();
        }
    }
}
