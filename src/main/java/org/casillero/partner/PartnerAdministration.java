package org.casillero.partner;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator does with partners and API users. App keys are made here, handed out once and
 * stored only as a hash. Failures name the operator's option at fault ({@code --partner}).
 */
@Service
public class PartnerAdministration {
    private static final int MAX_NAME_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiUserRepository users;
    private final Clock clock;

    PartnerAdministration(ApiUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** A new API user with its app key. */
    public record NewApiUser(ApiUser user, Secret appKey) {}

    @Transactional
    public Partner createPartner(int copaId, String name) {
        requirePositive("--copa-id", copaId);
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH || trimmed.indexOf('\0') >= 0) {
            throw new InvalidField("--name", "must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        var now = clock.instant();
        if (!users.createPartnerIfAbsent(copaId, trimmed, now)) {
            throw new InvalidField("--copa-id", copaId + " is already a partner");
        }
        return new Partner(copaId, trimmed, now);
    }

    @Transactional(readOnly = true)
    public List<Partner> partners() {
        return users.partners();
    }

    @Transactional(readOnly = true)
    public List<ApiUser> apiUsers() {
        return users.apiUsers();
    }

    /** An enabled API user acting for these partners, with a new random app key. */
    @Transactional
    public NewApiUser createApiUser(int userCode, Set<Integer> copaIds) {
        requirePositive("--user-code", userCode);
        if (copaIds.isEmpty()) {
            throw new InvalidField("--partner", "is required: name at least one partner");
        }
        Set<Integer> partners = new TreeSet<>(copaIds);
        partners.forEach(this::requirePartner);
        Secret appKey = newAppKey();
        var now = clock.instant();
        if (!users.createApiUserIfAbsent(userCode, AppKeys.hash(appKey), now)) {
            throw new InvalidField("--user-code", userCode + " is already an API user");
        }
        partners.forEach(copaId -> users.grantIfAbsent(userCode, copaId));
        return new NewApiUser(new ApiUser(userCode, true, List.copyOf(partners), now), appKey);
    }

    /** Lets an existing API user act for one more partner; false when it already could. */
    @Transactional
    public boolean grant(int userCode, int copaId) {
        requireApiUser(userCode);
        requirePartner(copaId);
        return users.grantIfAbsent(userCode, copaId);
    }

    /** Replaces the API user's app key: the old one stops working at once. */
    @Transactional
    public Secret rotateAppKey(int userCode) {
        requireApiUser(userCode);
        Secret appKey = newAppKey();
        users.updateAppKeyHash(userCode, AppKeys.hash(appKey));
        return appKey;
    }

    /** Enables or disables an API user; false when it already was in that state. */
    @Transactional
    public boolean setEnabled(int userCode, boolean enabled) {
        requireApiUser(userCode);
        return users.setEnabled(userCode, enabled);
    }

    private void requireApiUser(int userCode) {
        if (!users.lockApiUser(userCode)) {
            throw new InvalidField("--user-code", userCode + " is not an API user");
        }
    }

    private void requirePartner(int copaId) {
        if (!users.partnerExists(copaId)) {
            throw new InvalidField("--partner", copaId + " is not a partner");
        }
    }

    private static void requirePositive(String option, int value) {
        if (value <= 0) {
            throw new InvalidField(option, "must be a positive number");
        }
    }

    /** 16 random bytes in hex: the shape of the keys the original service hands out. */
    private static Secret newAppKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new Secret(HexFormat.of().formatHex(bytes));
    }
}
