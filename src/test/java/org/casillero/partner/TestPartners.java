package org.casillero.partner;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/** Other partners and API users for tests, made as an operator makes them. */
public final class TestPartners {
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000) + 700_000);

    private TestPartners() {
        throw new AssertionError();
    }

    /** A new partner with an API user that acts for it alone. */
    public record TestPartner(int copaId, int userCode, String appKey) {}

    public static TestPartner create(ApplicationContext context) {
        int id = NEXT.incrementAndGet();
        PartnerAdministration administration = context.getBean(PartnerAdministration.class);
        administration.createPartner(id, "Test partner " + id);
        var user = administration.createApiUser(id, Set.of(id));
        return new TestPartner(id, id, user.appKey().value());
    }
}
