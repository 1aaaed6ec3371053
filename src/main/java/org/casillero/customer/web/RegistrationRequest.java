package org.casillero.customer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casillero.customer.Gender;
import org.casillero.customer.Language;
import org.casillero.customer.NewCustomer;
import org.casillero.customer.NewCustomer.NewAddress;
import org.casillero.customer.NewCustomer.NewPhone;
import org.casillero.shared.Secret;
import org.casillero.shared.web.PastDate;
import org.jspecify.annotations.Nullable;

/** The body of customer-registration (seed 003). */
record RegistrationRequest(
        @NotNull @Pattern(regexp = "ENG|ESP", message = "must be ENG or ESP") @Nullable
        String languageCode,

        @NotNull @Nullable Integer copaId,
        @NotBlank @Size(max = 100) @Nullable String customerFirstName,
        @NotBlank @Size(max = 100) @Nullable String customerLastName,
        @NotBlank @Size(max = 50) @Nullable String customerIdentityNumber,
        @PositiveOrZero @Nullable Long customerTaxNumber,
        @NotNull @PastDate @Nullable String customerBirthDate,

        @NotBlank @Size(max = 254) @Email(regexp = EMAIL) @Nullable
        String customerEmail,

        @NotEmpty @Size(max = 128) @Nullable String customerPassword,

        @NotNull @Pattern(regexp = "M|F", message = "must be M or F") @Nullable
        String customerGender,

        @Size(max = 100) @Nullable String customerCampaign,
        @Nullable Boolean customerEmailAgreement,
        @PositiveOrZero @Nullable Long customerReferredBy,

        @NotNull @Size(min = 1, max = 1, message = "must hold exactly one address") @Nullable
        List<@NotNull @Valid AddressRequest> customerAddress,

        @NotNull @Size(min = 2, max = 10, message = "must hold from 2 to 10 phones") @Nullable
        List<@NotNull @Valid PhoneRequest> customerPhone) {

    /** Something, an at sign, a domain with a dot: on top of Jakarta's own e-mail syntax check. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+";

    record AddressRequest(
            @NotNull @Positive @Nullable Integer cityCode,
            @NotBlank @Size(max = 100) @Nullable String localityTown,
            @NotBlank @Size(max = 100) @Nullable String neighborhood,
            @NotBlank @Size(max = 200) @Nullable String address01,
            @NotBlank @Size(max = 20) @Nullable String zipCode) {

        NewAddress toAddress() {
            return new NewAddress(
                    Objects.requireNonNull(cityCode),
                    Objects.requireNonNull(localityTown),
                    Objects.requireNonNull(neighborhood),
                    Objects.requireNonNull(address01),
                    Objects.requireNonNull(zipCode));
        }
    }

    record PhoneRequest(
            @NotBlank @Size(max = 8) @Nullable String phoneAreaCode,
            @NotBlank @Size(max = 30) @Nullable String phoneNumber,
            @Size(max = 10) @Nullable String phoneExtension,

            @NotNull @Min(value = 1, message = PHONE_TYPES) @Max(value = 2, message = PHONE_TYPES) @Nullable
            Integer phoneType) {

        static final String PHONE_TYPES = "must be 1 (residential or corporate) or 2 (mobile)";

        NewPhone toPhone() {
            return new NewPhone(
                    Objects.requireNonNull(phoneAreaCode),
                    Objects.requireNonNull(phoneNumber),
                    phoneExtension == null ? "" : phoneExtension,
                    Objects.requireNonNull(phoneType));
        }
    }

    /** The command; call it on a request that passed validation. A referrer 0 is none, as get-info answers it. */
    NewCustomer toCommand() {
        return new NewCustomer(
                Objects.requireNonNull(copaId),
                Language.valueOf(languageCode),
                Objects.requireNonNull(customerFirstName),
                Objects.requireNonNull(customerLastName),
                Objects.requireNonNull(customerIdentityNumber),
                customerTaxNumber,
                LocalDate.parse(Objects.requireNonNull(customerBirthDate)),
                Objects.requireNonNull(customerEmail),
                new Secret(Objects.requireNonNull(customerPassword)),
                Gender.valueOf(customerGender),
                customerCampaign,
                Boolean.TRUE.equals(customerEmailAgreement),
                customerReferredBy == null || customerReferredBy == 0 ? null : customerReferredBy,
                Objects.requireNonNull(customerAddress).getFirst().toAddress(),
                Objects.requireNonNull(customerPhone).stream()
                        .map(PhoneRequest::toPhone)
                        .toList());
    }
}
