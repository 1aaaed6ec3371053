package org.casillero.warehouseapi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.casillero.shipment.ShipmentProcessing.ChargesOverride;
import org.casillero.shipment.ShipmentProcessing.Processed;
import org.jspecify.annotations.Nullable;

/**
 * Processing: the final weight and box, the references of the photos taken (where the operator's
 * storage keeps them), and charges set by staff (with a reason) instead of the tariff's.
 */
record ProcessingRequest(
        @NotNull @Valid @Nullable Measured measures,
        @Size(max = 20) @Nullable List<@NotBlank @Size(max = 500) String> photos,
        @Valid @Nullable Charges charges) {

    /** Charges staff set instead of the tariff's, and why. */
    record Charges(
            @NotNull @PositiveOrZero @DecimalMax(value = "1000000") @Digits(integer = 7, fraction = 2) @Nullable
            BigDecimal rate,

            @NotNull @PositiveOrZero @DecimalMax(value = "1000000") @Digits(integer = 7, fraction = 2) @Nullable
            BigDecimal discount,

            @NotBlank @Size(max = 500) @Nullable String reason) {}

    Processed toProcessed() {
        return new Processed(
                Objects.requireNonNull(measures).toParcel(),
                photos == null ? List.of() : photos,
                charges == null
                        ? null
                        : new ChargesOverride(
                                Objects.requireNonNull(charges.rate()),
                                Objects.requireNonNull(charges.discount()),
                                Objects.requireNonNull(charges.reason())));
    }
}
