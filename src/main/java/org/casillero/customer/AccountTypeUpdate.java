package org.casillero.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes an account VIP or business, or not; a flag not given keeps its value. */
@Service
public class AccountTypeUpdate {
    private final CustomerRepository customers;

    AccountTypeUpdate(CustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional
    public AccountType apply(CustomerSession session, AccountTypePatch patch) {
        AccountType updated = patch.applyTo(customers.lockAccountType(session.custId()));
        customers.update(session.custId(), updated);
        return updated;
    }
}
