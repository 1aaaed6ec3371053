package org.casillero.customer;

import java.util.List;
import java.util.Map;
import org.casillero.customer.ContactRepository.AddressRow;
import org.casillero.geo.Geography;
import org.casillero.geo.Place;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a customer's whole profile: four queries, whatever the number of phones and addresses. */
@Service
public class CustomerInfo {
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final Geography geography;

    CustomerInfo(CustomerRepository customers, ContactRepository contacts, Geography geography) {
        this.customers = customers;
        this.contacts = contacts;
        this.geography = geography;
    }

    @Transactional(readOnly = true)
    public CustomerProfile load(CustomerSession session) {
        CustomerDetails details = customers.get(session.custId());
        List<AddressRow> addressRows = contacts.addresses(session.custId());
        Map<Integer, Place> places =
                geography.places(addressRows.stream().map(AddressRow::cityCode).toList());
        List<Address> addresses = addressRows.stream()
                .map(row -> new Address(
                        row.addressId(),
                        places.get(row.cityCode()),
                        row.localityTown(),
                        row.neighborhood(),
                        row.address01(),
                        row.zipCode(),
                        row.phone()))
                .toList();
        return new CustomerProfile(details, addresses, contacts.phones(session.custId()));
    }
}
