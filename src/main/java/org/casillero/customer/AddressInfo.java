package org.casillero.customer;

import java.util.List;

/** A customer's stored addresses and phones. */
public record AddressInfo(List<Address> addresses, List<Phone> phones) {
    public AddressInfo {
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
    }
}
