package org.casillero.customer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of customer-update-password. */
record PasswordUpdateRequest(
        @NotBlank @Size(max = 254) @Nullable String customerEmail,
        @NotEmpty @Size(max = 128) @Nullable String customerNewPassword) {}
