package org.casillero.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes an account VIP or business, or not; a flag not given keeps its value. */
@Service
public class AccountTypeUpdate {
    private final CustomerRepository customers;
    private final AuditTrail audit;

    AccountTypeUpdate(CustomerRepository customers, AuditTrail audit) {
        this.customers = customers;
        this.audit = audit;
    }

    @Transactional
    public AccountType apply(CustomerSession session, AccountTypePatch patch) {
        AccountType current = customers.lockAccountType(session.custId());
        AccountType updated = patch.applyTo(current);
        if (!updated.equals(current)) {
            customers.update(session.custId(), updated);
        }
        audit.record(session.custId(), session.actor(), AuditTrail.TYPE_CHANGED, current.changedFields(updated));
        return updated;
    }
}
