package org.casillero.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes the personal information given, keeps the rest. */
@Service
public class PersonalInfoUpdate {
    private final CustomerRepository customers;
    private final AuditTrail audit;

    PersonalInfoUpdate(CustomerRepository customers, AuditTrail audit) {
        this.customers = customers;
        this.audit = audit;
    }

    @Transactional
    public PersonalInfo apply(CustomerSession session, PersonalInfoPatch patch) {
        PersonalInfo current = customers.lockPersonalInfo(session.custId());
        PersonalInfo updated = patch.applyTo(current);
        if (!updated.equals(current)) {
            customers.update(updated);
        }
        audit.record(
                session.custId(), session.actor(), AuditTrail.PERSONAL_INFO_CHANGED, current.changedFields(updated));
        return updated;
    }
}
