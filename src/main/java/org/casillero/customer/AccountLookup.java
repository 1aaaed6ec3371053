package org.casillero.customer;

import org.casillero.customer.ContactRepository.AccountRows;
import org.casillero.customer.CustomerRepository.AccountRow;
import org.casillero.partner.ApiClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A partner's administration finds a customer's credentials by e-mail, among the partners the API
 * user may act for (or the one named). Where several of them have a customer with that e-mail, the
 * earliest registered answers.
 */
@Service
public class AccountLookup {
    private final ContactRepository contacts;
    private final CustomerKeys keys;
    private final AddressBook addressBook;

    AccountLookup(ContactRepository contacts, CustomerKeys keys, AddressBook addressBook) {
        this.contacts = contacts;
        this.keys = keys;
        this.addressBook = addressBook;
    }

    public AccountSummary findByEmail(ApiClient client, String email, @Nullable Integer copaId) {
        AccountRows found = contacts.accountByEmail(client.partners(copaId), Emails.normalize(email))
                .orElseThrow(CustomerNotFound::new);
        AccountRow account = found.account();
        return account.summary(keys.keyFor(account.keyNonce()), addressBook.withPlaces(found.addresses()));
    }
}
