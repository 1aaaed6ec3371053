package org.casillero.customer.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.casillero.customer.Gender;
import org.casillero.customer.PersonalInfoPatch;
import org.casillero.shared.web.PastDate;
import org.jspecify.annotations.Nullable;

/** The body of customer-update-personal-info (seed 001): every field optional, absent, null or "" keeps. */
record PersonalInfoRequest(
        @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = "must not be blank") @Size(max = 100) @Nullable
        String customerFirstName,

        @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = "must not be blank") @Size(max = 100) @Nullable
        String customerLastName,

        @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = "must not be blank") @Size(max = 50) @Nullable
        String customerIdentityNumber,

        @PositiveOrZero @Nullable Long customerTaxNumber,
        @PastDate @Nullable String customerBirthDate,

        @Pattern(regexp = "M|F", message = "must be M or F") @Nullable
        String customerGender) {

    PersonalInfoPatch toPatch() {
        return new PersonalInfoPatch(
                customerFirstName,
                customerLastName,
                customerIdentityNumber,
                customerTaxNumber,
                customerBirthDate == null ? null : LocalDate.parse(customerBirthDate),
                customerGender == null ? null : Gender.valueOf(customerGender));
    }
}
