package org.casillero.customer;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes the personal information given, keeps the rest. */
@Service
public class PersonalInfoUpdate {
    private final CustomerRepository customers;
    private final AuditTrail audit;
    private final CustomerNews news;

    PersonalInfoUpdate(CustomerRepository customers, AuditTrail audit, CustomerNews news) {
        this.customers = customers;
        this.audit = audit;
        this.news = news;
    }

    @Transactional
    public PersonalInfo apply(CustomerSession session, PersonalInfoPatch patch) {
        PersonalInfo current = customers.lockPersonalInfo(session.custId());
        PersonalInfo updated = patch.applyTo(current);
        if (!updated.equals(current)) {
            customers.update(updated);
        }
        List<String> changed = current.changedFields(updated);
        audit.record(session.custId(), session.actor(), AuditTrail.PERSONAL_INFO_CHANGED, changed);
        news.detailsChanged(session, changed);
        return updated;
    }
}
