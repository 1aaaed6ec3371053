package org.casillero.customer;

import org.casillero.payment.CardsOnFile;
import org.casillero.payment.StoredCard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a customer's whole profile and the card it attached last: five queries, whatever the number
 * of phones and addresses.
 */
@Service
public class CustomerInfo {
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final AddressBook addressBook;
    private final CardsOnFile cards;

    CustomerInfo(CustomerRepository customers, ContactRepository contacts, AddressBook addressBook, CardsOnFile cards) {
        this.customers = customers;
        this.contacts = contacts;
        this.addressBook = addressBook;
        this.cards = cards;
    }

    @Transactional(readOnly = true)
    public CustomerProfile load(CustomerSession session) {
        return new CustomerProfile(
                customers.get(session.custId()),
                addressBook.addresses(session.custId()),
                contacts.phones(session.custId()),
                cards.latest(session.custId()).map(StoredCard::label).orElse(""));
    }
}
