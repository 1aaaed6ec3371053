package org.casillero.customer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record PersonalInfo(
        long custId,
        String firstName,
        String lastName,
        String identityNumber,
        @Nullable Long taxNumber,
        LocalDate birthDate,
        Gender gender) {}
