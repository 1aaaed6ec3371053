package org.casillero.partner;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.shared.Secret;
import org.springframework.context.ApplicationContext;

/** Other partners and API users for tests, until operators get their own provisioning commands. */
public final class TestPartners {
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000) + 700_000);

    private TestPartners() {
        throw new AssertionError();
    }

    /** A new partner with an API user that acts for it alone. */
    public record TestPartner(int copaId, int userCode, String appKey) {}

    public static TestPartner create(ApplicationContext context) {
        int id = NEXT.incrementAndGet();
        TestPartner partner = new TestPartner(id, id, "key-for-" + id + "-" + Long.toHexString(System.nanoTime()));
        ApiUserRepository users = context.getBean(ApiUserRepository.class);
        Instant now = Instant.now();
        users.createPartnerIfAbsent(partner.copaId(), "Test partner " + id, now);
        users.createApiUserIfAbsent(partner.userCode(), AppKeys.hash(new Secret(partner.appKey())), now);
        users.grantIfAbsent(partner.userCode(), partner.copaId());
        return partner;
    }
}
