package org.casillero.customer;

import java.time.LocalDate;
import java.util.List;
import org.casillero.shared.Secret;
import org.jspecify.annotations.Nullable;

/** A registration, validated for shape: every required field is there and well formed. */
public record NewCustomer(
        int copaId,
        Language language,
        String firstName,
        String lastName,
        String identityNumber,
        @Nullable Long taxNumber,
        LocalDate birthDate,
        String email,
        Secret password,
        Gender gender,
        @Nullable String campaign,
        boolean emailAgreement,
        @Nullable Long referredBy,
        NewAddress address,
        List<NewPhone> phones) {

    public NewCustomer {
        phones = List.copyOf(phones);
    }

    public record NewAddress(
            int cityCode, String localityTown, String neighborhood, String address01, String zipCode) {}

    public record NewPhone(String areaCode, String number, String extension, int type) {}
}
