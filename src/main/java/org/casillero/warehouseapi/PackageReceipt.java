package org.casillero.warehouseapi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.casillero.shipment.NewPackage;
import org.jspecify.annotations.Nullable;

/** A package scanned at intake, for a box named by its id or by the label's suite ({@code MX811111}). */
record PackageReceipt(
        @Positive @Nullable Long boxId,
        @Size(max = 30) @Nullable String suite,

        @NotBlank @Pattern(regexp = "[A-Z0-9]{1,5}", message = "must be 1 to 5 capital letters or digits") @Nullable
        String courier,

        @NotBlank @Size(max = 100) @Nullable String inboundTracking,
        @Size(max = 200) @Nullable String merchant,
        @Size(max = 500) @Nullable String content,
        @Size(max = 10) @Nullable String familyProduct,

        @NotNull @PositiveOrZero @DecimalMax(value = "10000000") @Nullable
        BigDecimal declaredValue,

        @NotNull @Valid @Nullable Measured measures,
        @Size(max = 100) @Nullable String serialNumber) {

    NewPackage toPackage() {
        return new NewPackage(
                Objects.requireNonNull(courier),
                Objects.requireNonNull(inboundTracking).strip(),
                orEmpty(merchant),
                orEmpty(content),
                orEmpty(familyProduct),
                Objects.requireNonNull(declaredValue),
                Objects.requireNonNull(measures).toParcel(),
                orEmpty(serialNumber));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
