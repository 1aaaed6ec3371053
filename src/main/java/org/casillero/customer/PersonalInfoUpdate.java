package org.casillero.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes the personal information given, keeps the rest. */
@Service
public class PersonalInfoUpdate {
    private final CustomerRepository customers;

    PersonalInfoUpdate(CustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional
    public PersonalInfo apply(CustomerSession session, PersonalInfoPatch patch) {
        PersonalInfo updated = patch.applyTo(customers.lockPersonalInfo(session.custId()));
        customers.update(updated);
        return updated;
    }
}
