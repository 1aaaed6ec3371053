package org.casillero.warehouseapi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;
import org.casillero.shared.Measures.LengthUnit;
import org.casillero.shared.Measures.Parcel;
import org.casillero.shared.Measures.WeightUnit;
import org.jspecify.annotations.Nullable;

/** A weight and a box, in the units given (LB or KG, IN or CM). */
record Measured(
        @NotNull @DecimalMin(value = "0.001") @DecimalMax(value = "10000") @Nullable
        BigDecimal weight,

        @NotNull @Nullable WeightUnit weightUnit,

        @NotNull @Positive @DecimalMax(value = "1000") @Nullable
        BigDecimal length,

        @NotNull @Positive @DecimalMax(value = "1000") @Nullable
        BigDecimal width,

        @NotNull @Positive @DecimalMax(value = "1000") @Nullable
        BigDecimal height,

        @NotNull @Nullable LengthUnit lengthUnit) {

    Parcel toParcel() {
        return Parcel.of(
                Objects.requireNonNull(weight),
                Objects.requireNonNull(weightUnit),
                Objects.requireNonNull(length),
                Objects.requireNonNull(width),
                Objects.requireNonNull(height),
                Objects.requireNonNull(lengthUnit));
    }
}
