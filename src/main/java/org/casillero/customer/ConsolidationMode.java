package org.casillero.customer;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer turns its box's consolidation mode on (packages are held to be combined; get-info's
 * {@code box_status} 5) or off. Turning it to the mode it is in changes nothing.
 */
@Service
public class ConsolidationMode {
    private final CustomerRepository customers;
    private final AuditTrail audit;
    private final CustomerNews news;

    ConsolidationMode(CustomerRepository customers, AuditTrail audit, CustomerNews news) {
        this.customers = customers;
        this.audit = audit;
        this.news = news;
    }

    /** Answers the customer as it is now. */
    @Transactional
    public CustomerDetails set(CustomerSession session, boolean consolidating) {
        if (customers.setConsolidating(session.custId(), consolidating)) {
            audit.record(
                    session.custId(),
                    session.actor(),
                    consolidating ? AuditTrail.CONSOLIDATION_STARTED : AuditTrail.CONSOLIDATION_ENDED,
                    List.of("box_status"));
            news.consolidationModeChanged(session, consolidating);
        }
        return customers.get(session.custId());
    }
}
