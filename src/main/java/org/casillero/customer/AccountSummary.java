package org.casillero.customer;

import java.time.Instant;
import java.util.List;
import org.casillero.shared.Secret;
import org.jspecify.annotations.Nullable;

/**
 * A customer's credentials and account state, as a partner's administration sees them, with its
 * addresses (real clients print the suite number from the address's country).
 */
public record AccountSummary(
        long custId,
        long boxId,
        Secret customerKey,
        String firstName,
        String lastName,
        AccountFlags flags,
        Instant enrolledAt,
        @Nullable Instant activatedAt,
        List<Address> addresses) {

    public AccountSummary {
        addresses = List.copyOf(addresses);
    }

    /** The ISO code of the first address's country: with the box id, the customer's suite number. */
    public String countryIsoCode() {
        return addresses.isEmpty() ? "" : addresses.getFirst().place().countryIsoCode();
    }
}
