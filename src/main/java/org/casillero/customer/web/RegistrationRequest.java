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
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.casillero.shared.web.PastDate;
import org.jspecify.annotations.Nullable;

/**
 * The body of customer-registration (seed 003), and of customer-register-info, which has no
 * {@code customer_tax_number}. It never prints its values (a password among them).
 */
record RegistrationRequest(
        @NotNull @Pattern(regexp = "ENG|ESP", message = "must be ENG or ESP") @Nullable
        String languageCode,

        @NotNull @Nullable Integer copaId,
        @NotBlank @Size(max = 100) @Nullable String customerFirstName,
        @NotBlank @Size(max = 100) @Nullable String customerLastName,
        @Size(max = 50) @Nullable String customerIdentityNumber,
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

        @NotNull @Size(min = 1, max = 10, message = "must hold from 1 to 10 phones") @Nullable
        List<@NotNull @Valid PhoneRequest> customerPhone) {

    /** Something, an at sign, a domain with a dot: on top of Jakarta's own e-mail syntax check. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+";

    /** Some text that is not only blanks ("" never gets here: the wire reads it as not sent). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    record AddressRequest(
            @NotNull @Positive @Nullable Integer cityCode,
            @Size(max = 100) @Nullable String localityTown,
            @Size(max = 100) @Nullable String neighborhood,
            @NotBlank @Size(max = 200) @Nullable String address01,
            @Size(max = 20) @Nullable String zipCode) {

        NewAddress toAddress() {
            return new NewAddress(
                    Objects.requireNonNull(cityCode),
                    orEmpty(localityTown),
                    orEmpty(neighborhood),
                    Objects.requireNonNull(address01),
                    orEmpty(zipCode));
        }
    }

    /** A phone; one sent with no number (a form's optional phone left empty) is no phone, and is not kept. */
    record PhoneRequest(
            @Size(max = 8) @Nullable String phoneAreaCode,

            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 30) @Nullable
            String phoneNumber,

            @Size(max = 10) @Nullable String phoneExtension,

            @NotNull @Min(value = 1, message = PHONE_TYPES) @Max(value = 2, message = PHONE_TYPES) @Nullable
            Integer phoneType) {

        static final String PHONE_TYPES = "must be 1 (residential or corporate) or 2 (mobile)";

        boolean given() {
            return phoneNumber != null;
        }

        NewPhone toPhone() {
            return new NewPhone(
                    orEmpty(phoneAreaCode),
                    Objects.requireNonNull(phoneNumber),
                    orEmpty(phoneExtension),
                    Objects.requireNonNull(phoneType));
        }

        /** The phones given, in order. */
        static List<NewPhone> given(List<PhoneRequest> phones) {
            return phones.stream()
                    .filter(PhoneRequest::given)
                    .map(PhoneRequest::toPhone)
                    .toList();
        }
    }

    /**
     * The command; call it on a request that passed validation. A referrer 0 is none, as get-info
     * answers it; the first phone is the address's, so it must have a number.
     */
    NewCustomer toCommand() {
        if (!Objects.requireNonNull(customerPhone).getFirst().given()) {
            throw new InvalidField("customerPhone[0].phoneNumber", "is required");
        }
        return new NewCustomer(
                Objects.requireNonNull(copaId),
                Language.valueOf(languageCode),
                Objects.requireNonNull(customerFirstName),
                Objects.requireNonNull(customerLastName),
                orEmpty(customerIdentityNumber),
                customerTaxNumber,
                LocalDate.parse(Objects.requireNonNull(customerBirthDate)),
                Objects.requireNonNull(customerEmail),
                new Secret(Objects.requireNonNull(customerPassword)),
                Gender.valueOf(customerGender),
                customerCampaign,
                Boolean.TRUE.equals(customerEmailAgreement),
                customerReferredBy == null || customerReferredBy == 0 ? null : customerReferredBy,
                Objects.requireNonNull(customerAddress).getFirst().toAddress(),
                PhoneRequest.given(customerPhone));
    }

    static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "RegistrationRequest[values not shown]";
    }
}
