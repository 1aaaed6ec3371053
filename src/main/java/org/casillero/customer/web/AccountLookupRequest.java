package org.casillero.customer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of partner/customer-get-info (seed 004). {@code copa_id} is Casillero's addition: it
 * picks the partner when the API user acts for several.
 */
record AccountLookupRequest(
        @NotBlank @Size(max = 254) @Nullable String customerEmail,
        @Positive @Nullable Integer copaId) {}
