package org.casillero.partner;

import java.util.Optional;
import org.casillero.partner.ApiUserRepository.StoredApiUser;
import org.casillero.shared.AppCredentials;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Deployment;
import org.casillero.shared.InvalidCredentials;
import org.casillero.shared.VersionedCache;
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
    /** Compared against when the user does not exist, so that both cases take the same time. */
    private static final String NO_SUCH_USER = "0".repeat(64);

    private final ApiUserRepository users;
    private final VersionedCache<Integer, Optional<StoredApiUser>> known;
    private final boolean demoData;

    ApiClients(ApiUserRepository users, CasilleroSettings settings, Deployment deployment) {
        this.users = users;
        this.demoData = deployment.demoData(settings);
        this.known = new VersionedCache<>(10_000, users.version()::current);
        users.version().onChange(known::checkAfterCommit);
    }

    public ApiClient authenticate(AppCredentials credentials) {
        Optional<StoredApiUser> user = known.get(credentials.userCode(), users::findEnabled);
        boolean keyMatches = AppKeys.matches(
                credentials.appKey(), user.map(StoredApiUser::appKeyHash).orElse(NO_SUCH_USER));
        if (user.isEmpty() || !keyMatches || !demoData && isDemoKey(user.get())) {
            throw new InvalidCredentials();
        }
        return new ApiClient(credentials.userCode(), user.get().copaIds());
    }

    /**
     * The public sample key, on a server with the demo data off: refused whatever the database says
     * (another server, with the demo data on, may have enabled it there).
     */
    private static boolean isDemoKey(StoredApiUser user) {
        return user.appKeyHash().equals(DemoData.APP_KEY_HASH);
    }

    /** Compares the database's credential version with the one seen; runs every second. */
    @Scheduled(fixedDelayString = "${casillero.credential-check:1s}")
    void checkVersion() {
        known.check();
    }
}
