package org.casillero.partner;

import org.casillero.partner.ApiUserRepository.StoredApiUser;
import org.casillero.shared.AppCredentials;
import org.casillero.shared.InvalidCredentials;
import org.springframework.stereotype.Service;

/** Authenticates API users from the credentials that every request carries. */
@Service
public class ApiClients {
    /** Compared against when the user does not exist, so that both cases take the same time. */
    private static final String NO_SUCH_USER = "0".repeat(64);

    private final ApiUserRepository users;

    ApiClients(ApiUserRepository users) {
        this.users = users;
    }

    public ApiClient authenticate(AppCredentials credentials) {
        var user = users.findEnabled(credentials.userCode());
        boolean keyMatches = AppKeys.matches(
                credentials.appKey(), user.map(StoredApiUser::appKeyHash).orElse(NO_SUCH_USER));
        if (user.isEmpty() || !keyMatches) {
            throw new InvalidCredentials();
        }
        return new ApiClient(credentials.userCode(), user.get().copaIds());
    }
}
