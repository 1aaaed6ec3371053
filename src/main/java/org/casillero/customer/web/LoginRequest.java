package org.casillero.customer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of customer-login; {@code copa_id} (Casillero's addition) picks the partner when the API user acts for several. */
record LoginRequest(
        @NotBlank @Size(max = 254) @Nullable String customerEmail,
        @NotEmpty @Size(max = 128) @Nullable String customerPassword,
        @Positive @Nullable Integer copaId) {}
