package org.casillero.partner;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.jspecify.annotations.Nullable;
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
    private final PartnerSiteRepository sites;
    private final Clock clock;

    PartnerAdministration(ApiUserRepository users, PartnerSiteRepository sites, Clock clock) {
        this.users = users;
        this.sites = sites;
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

    /** The API user's audit trail, oldest first: what changed it outside an operator's command. */
    @Transactional(readOnly = true)
    public List<ApiUserAuditEntry> auditTrail(int userCode) {
        requirePositive("--user-code", userCode);
        return users.auditTrail(userCode);
    }

    /** A site domain as listed, and whether this listed it (false: it was already the partner's). */
    public record SiteListed(String domain, boolean added) {}

    /**
     * Lists a site domain (or the host of a URL) as the partner's. A domain belongs to one partner:
     * another's is refused.
     */
    @Transactional
    public SiteListed addSite(int copaId, String domainOrUrl) {
        requirePartner(copaId);
        String domain = domain(domainOrUrl);
        if (sites.insertIfAbsent(domain, copaId, clock.instant())) {
            return new SiteListed(domain, true);
        }
        int owner = sites.find(domain).map(PartnerSite::copaId).orElse(copaId);
        if (owner != copaId) {
            throw new InvalidField("--domain", domain + " is a site of partner " + owner + " already");
        }
        return new SiteListed(domain, false);
    }

    /** Removes a site domain from its partner's list; answers the site as it was. */
    @Transactional
    public PartnerSite removeSite(String domainOrUrl) {
        String domain = domain(domainOrUrl);
        InvalidField notListed = new InvalidField("--domain", domain + " is not a listed site");
        PartnerSite site = sites.find(domain).orElseThrow(() -> notListed);
        if (!sites.delete(domain)) {
            throw notListed;
        }
        return site;
    }

    /** The site domains of one partner, or of all of them. */
    @Transactional(readOnly = true)
    public List<PartnerSite> sites(@Nullable Integer copaId) {
        return sites.list(copaId);
    }

    private static String domain(String domainOrUrl) {
        return SiteDomain.of(domainOrUrl)
                .orElseThrow(() -> new InvalidField("--domain", "must be a domain, such as shop.example.com"));
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
