package org.casillero.customer;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes an account VIP or business, or not; a flag not given keeps its value. */
@Service
public class AccountTypeUpdate {
    private final CustomerRepository customers;
    private final AuditTrail audit;
    private final CustomerNews news;

    AccountTypeUpdate(CustomerRepository customers, AuditTrail audit, CustomerNews news) {
        this.customers = customers;
        this.audit = audit;
        this.news = news;
    }

    @Transactional
    public AccountType apply(CustomerSession session, AccountTypePatch patch) {
        AccountType current = customers.lockAccountType(session.custId());
        AccountType updated = patch.applyTo(current);
        if (!updated.equals(current)) {
            customers.update(session.custId(), updated);
        }
        List<String> changed = current.changedFields(updated);
        audit.record(session.custId(), session.actor(), AuditTrail.TYPE_CHANGED, changed);
        news.detailsChanged(session, changed);
        return updated;
    }
}
