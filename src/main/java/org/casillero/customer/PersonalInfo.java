package org.casillero.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

public record PersonalInfo(
        long custId,
        String firstName,
        String lastName,
        String identityNumber,
        @Nullable Long taxNumber,
        LocalDate birthDate,
        Gender gender) {

    /** The names of the fields whose value differs in {@code other}. */
    List<String> changedFields(PersonalInfo other) {
        List<String> changed = new ArrayList<>();
        if (!firstName.equals(other.firstName)) changed.add("customer_first_name");
        if (!lastName.equals(other.lastName)) changed.add("customer_last_name");
        if (!identityNumber.equals(other.identityNumber)) changed.add("customer_identity_number");
        if (!Objects.equals(taxNumber, other.taxNumber)) changed.add("customer_tax_number");
        if (!birthDate.equals(other.birthDate)) changed.add("customer_birth_date");
        if (gender != other.gender) changed.add("customer_gender");
        return changed;
    }
}
