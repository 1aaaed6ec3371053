package org.casillero.customer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A customer's own data and account state, without its addresses and phones; {@code consolidating}:
 * its box holds packages to be combined.
 */
public record CustomerDetails(
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
        boolean consolidating) {}
