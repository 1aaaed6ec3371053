package org.casillero.customer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of customer-update-email. */
record EmailUpdateRequest(
        @NotBlank @Size(max = 254) @Nullable String customerCurrentEmail,

        @NotBlank @Size(max = 254) @Email(regexp = RegistrationRequest.EMAIL) @Nullable
        String customerNewEmail) {}
