package org.casillero.customer;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the customer behind a box id, for the warehouse (no customer key: the warehouse is the operator's). */
@Service
public class BoxDirectory {
    private final CustomerRepository customers;
    private final AddressBook addressBook;

    BoxDirectory(CustomerRepository customers, AddressBook addressBook) {
        this.customers = customers;
        this.addressBook = addressBook;
    }

    @Transactional(readOnly = true)
    public Optional<BoxHolder> find(long boxId) {
        return customers.findBox(boxId).map(box -> {
            var addresses = addressBook.addresses(box.custId());
            String iso = addresses.isEmpty() ? "" : addresses.getFirst().place().countryIsoCode();
            return new BoxHolder(box.custId(), box.boxId(), box.copaId(), iso, box.enabled(), box.language());
        });
    }

    /** The box id of a customer the caller holds by its internal id (a shipment's {@code cust_id}). */
    @Transactional(readOnly = true)
    public long boxIdOf(long custId) {
        return customers.boxIdOf(custId).orElseThrow(() -> new IllegalStateException("No customer " + custId));
    }
}
