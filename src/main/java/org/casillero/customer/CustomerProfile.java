package org.casillero.customer;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything a partner may read about a customer. */
public record CustomerProfile(
        long custId,
        long boxId,
        String firstName,
        String lastName,
        String identityNumber,
        @Nullable Long taxNumber,
        LocalDate birthDate,
        String email,
        Gender gender,
        @Nullable String campaign,
        boolean emailAgreement,
        @Nullable Long referredBy,
        AccountFlags flags,
        List<Address> addresses,
        List<Phone> phones) {

    public CustomerProfile {
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
    }
}
