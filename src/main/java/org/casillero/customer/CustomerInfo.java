package org.casillero.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a customer's whole profile: four queries, whatever the number of phones and addresses. */
@Service
public class CustomerInfo {
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final AddressBook addressBook;

    CustomerInfo(CustomerRepository customers, ContactRepository contacts, AddressBook addressBook) {
        this.customers = customers;
        this.contacts = contacts;
        this.addressBook = addressBook;
    }

    @Transactional(readOnly = true)
    public CustomerProfile load(CustomerSession session) {
        return new CustomerProfile(
                customers.get(session.custId()),
                addressBook.addresses(session.custId()),
                contacts.phones(session.custId()));
    }
}
