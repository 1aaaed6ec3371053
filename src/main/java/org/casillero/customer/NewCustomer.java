package org.casillero.customer;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The names of the fields this registration sets, for the audit trail (the password only by name). */
    List<String> givenFields() {
        List<String> fields = new ArrayList<>(List.of(
                "language_code",
                "copa_id",
                "customer_first_name",
                "customer_last_name",
                "customer_identity_number",
                "customer_birth_date",
                "customer_email",
                "customer_password",
                "customer_gender",
                "customer_email_agreement",
                "customer_address",
                "customer_phone"));
        if (taxNumber != null) fields.add("customer_tax_number");
        if (campaign != null) fields.add("customer_campaign");
        if (referredBy != null) fields.add("customer_referred_by");
        return fields;
    }

    public record NewAddress(
            int cityCode, String localityTown, String neighborhood, String address01, String zipCode) {}

    public record NewPhone(String areaCode, String number, String extension, int type) {}
}
