package org.casillero.customer;

import org.casillero.customer.ContactRepository.ProfileRows;
import org.springframework.stereotype.Service;

/**
 * Reads a customer's whole profile (its row, addresses, phones and the card it attached last) in
 * one statement, whatever the number of phones and addresses: one statement needs no transaction.
 */
@Service
public class CustomerInfo {
    private final ContactRepository contacts;
    private final AddressBook addressBook;

    CustomerInfo(ContactRepository contacts, AddressBook addressBook) {
        this.contacts = contacts;
        this.addressBook = addressBook;
    }

    public CustomerProfile load(CustomerSession session) {
        ProfileRows rows = contacts.profile(session.custId());
        return new CustomerProfile(
                rows.details(), addressBook.withPlaces(rows.addresses()), rows.phones(), rows.paymentMethod());
    }
}
