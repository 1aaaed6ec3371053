package org.casillero.customer;

import java.util.List;
import java.util.Map;
import org.casillero.customer.ContactRepository.AddressRow;
import org.casillero.geo.Geography;
import org.casillero.geo.Place;
import org.springframework.stereotype.Component;

/** A customer's addresses with their places: two queries, whatever their number. */
@Component
class AddressBook {
    private final ContactRepository contacts;
    private final Geography geography;

    AddressBook(ContactRepository contacts, Geography geography) {
        this.contacts = contacts;
        this.geography = geography;
    }

    List<Address> addresses(long custId) {
        return withPlaces(contacts.addresses(custId));
    }

    /** The addresses read, with their places (from memory). */
    List<Address> withPlaces(List<AddressRow> rows) {
        Map<Integer, Place> places =
                geography.places(rows.stream().map(AddressRow::cityCode).toList());
        return rows.stream()
                .map(row -> new Address(
                        row.addressId(),
                        places.get(row.cityCode()),
                        row.localityTown(),
                        row.neighborhood(),
                        row.address01(),
                        row.zipCode(),
                        row.phone()))
                .toList();
    }
}
