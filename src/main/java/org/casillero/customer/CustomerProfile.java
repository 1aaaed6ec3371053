package org.casillero.customer;

import java.util.List;

/** Everything a partner may read about a customer. */
public record CustomerProfile(CustomerDetails details, List<Address> addresses, List<Phone> phones) {
    public CustomerProfile {
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
    }
}
