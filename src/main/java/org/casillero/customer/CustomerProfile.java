package org.casillero.customer;

import java.util.List;

/**
 * Everything a partner may read about a customer; {@code paymentMethod}: the card attached last as its
 * holder recognizes it ({@code MASTER ending 4444}), "" while there is none.
 */
public record CustomerProfile(
        CustomerDetails details, List<Address> addresses, List<Phone> phones, String paymentMethod) {
    public CustomerProfile {
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
    }
}
