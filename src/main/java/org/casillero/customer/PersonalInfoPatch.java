package org.casillero.customer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A partial update of personal information: a null field keeps its stored value. */
public record PersonalInfoPatch(
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String identityNumber,
        @Nullable Long taxNumber,
        @Nullable LocalDate birthDate,
        @Nullable Gender gender) {

    PersonalInfo applyTo(PersonalInfo current) {
        return new PersonalInfo(
                current.custId(),
                firstName != null ? firstName : current.firstName(),
                lastName != null ? lastName : current.lastName(),
                identityNumber != null ? identityNumber : current.identityNumber(),
                taxNumber != null ? taxNumber : current.taxNumber(),
                birthDate != null ? birthDate : current.birthDate(),
                gender != null ? gender : current.gender());
    }
}
