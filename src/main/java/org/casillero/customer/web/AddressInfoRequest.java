package org.casillero.customer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.casillero.customer.AddressChange;
import org.casillero.customer.NewCustomer.NewPhone;
import org.casillero.customer.web.RegistrationRequest.PhoneRequest;
import org.jspecify.annotations.Nullable;

/**
 * The body of customer-update-address-info: address changes (a field absent, null or "", a city code
 * 0, and an address phone part "0", as forms send an empty one, keep the stored value) and the phones
 * that replace all but the address phones ({@code []} keeps only those; one with no number is none).
 */
record AddressInfoRequest(
        @NotNull @Size(min = 1, max = 10, message = "must hold at least one address") @Nullable
        List<@NotNull @Valid AddressChangeRequest> customerAddress,

        @NotNull @Size(max = 10, message = "must hold at most 10 phones") @Nullable
        List<@NotNull @Valid PhoneRequest> customerPhone) {

    static final String BLANK = "must not be blank (send \"\" to keep the stored value)";

    record AddressChangeRequest(
            @PositiveOrZero @Nullable Integer cityCode,
            @Size(max = 200) @Nullable String cityName,

            @Size(max = 8) @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = BLANK) @Nullable
            String phoneArea,

            @Size(max = 30) @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = BLANK) @Nullable
            String phoneNumber,

            @Size(max = 10) @Nullable String phoneExtension,

            @Size(max = 100) @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = BLANK) @Nullable
            String localityTown,

            @Size(max = 100) @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = BLANK) @Nullable
            String neighborhood,

            @Size(max = 200) @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = BLANK) @Nullable
            String address01,

            @Size(max = 20) @Pattern(regexp = RegistrationRequest.NOT_BLANK, message = BLANK) @Nullable
            String zipCode) {

        AddressChange toChange() {
            return new AddressChange(
                    cityCode,
                    keepIfZero(phoneArea),
                    keepIfZero(phoneNumber),
                    keepIfZero(phoneExtension),
                    localityTown,
                    neighborhood,
                    address01,
                    zipCode);
        }

        private static @Nullable String keepIfZero(@Nullable String phonePart) {
            return "0".equals(phonePart) ? null : phonePart;
        }
    }

    List<AddressChange> changes() {
        return Objects.requireNonNull(customerAddress).stream()
                .map(AddressChangeRequest::toChange)
                .toList();
    }

    List<NewPhone> phones() {
        return PhoneRequest.given(Objects.requireNonNull(customerPhone));
    }
}
