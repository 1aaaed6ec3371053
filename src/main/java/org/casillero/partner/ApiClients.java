package org.casillero.partner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.casillero.partner.ApiUserRepository.StoredApiUser;
import org.casillero.shared.AppCredentials;
import org.casillero.shared.InvalidCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Authenticates API users from the credentials that every request carries. What the database says
 * of an API user (its key's hash, whether it is enabled, its partners) is kept in memory under the
 * credential version it was read at; a change to any API user bumps that version in the database
 * ({@code credential_version}). This server sees its own changes as soon as they commit and every
 * other's at its next check, once a second: a rotated key or a disabled user stops working on every
 * server within two seconds. Until a check succeeds (at start, or after one failed), nothing is kept
 * and every request reads the database.
 */
@Service
public class ApiClients {
    private static final Logger log = LoggerFactory.getLogger(ApiClients.class);
    /** Compared against when the user does not exist, so that both cases take the same time. */
    private static final String NO_SUCH_USER = "0".repeat(64);

    private final ApiUserRepository users;
    private final Cache<Integer, Known> known =
            Caffeine.newBuilder().maximumSize(10_000).build();
    /** Not checked yet, or the last check failed: nothing is kept. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    /** The credential version last seen. */
    private volatile long version = UNKNOWN;

    /** An API user as read at a credential version (empty: no enabled user has that code). */
    private record Known(long version, Optional<StoredApiUser> user) {}

    ApiClients(ApiUserRepository users) {
        this.users = users;
        users.onCredentialsChanged(this::checkVersion);
    }

    public ApiClient authenticate(AppCredentials credentials) {
        Optional<StoredApiUser> user = find(credentials.userCode());
        boolean keyMatches = AppKeys.matches(
                credentials.appKey(), user.map(StoredApiUser::appKeyHash).orElse(NO_SUCH_USER));
        if (user.isEmpty() || !keyMatches) {
            throw new InvalidCredentials();
        }
        return new ApiClient(credentials.userCode(), user.get().copaIds());
    }

    private Optional<StoredApiUser> find(int userCode) {
        long current = version;
        if (current == UNKNOWN) {
            return users.findEnabled(userCode);
        }
        Known entry = known.getIfPresent(userCode);
        if (entry != null && entry.version() == current) {
            return entry.user();
        }
        // Read after the version: a change committed meanwhile bumps the version past this entry.
        Optional<StoredApiUser> user = users.findEnabled(userCode);
        known.put(userCode, new Known(current, user));
        return user;
    }

    /** Compares the database's credential version with the one seen; runs every second. */
    @Scheduled(fixedDelayString = "${casillero.credential-check:1s}")
    void checkVersion() {
        try {
            long latest = users.credentialVersion();
            if (latest != version) {
                version = latest;
                known.invalidateAll();
            }
        } catch (RuntimeException unreachable) {
            version = UNKNOWN;
            known.invalidateAll();
            log.debug("Credential version check failed: {}", unreachable.toString());
        }
    }
}
