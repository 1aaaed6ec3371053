package org.casillero.warehouseapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.casillero.shipment.ShipmentEvents.NewEvent;
import org.jspecify.annotations.Nullable;

/** A tracking event: its code (README, shipment statuses), when and where, and whether the customer sees it. */
record EventRequest(
        @NotBlank @Nullable String code,
        @Nullable Instant occurredAt,

        @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter IATA code") @Nullable
        String iataCode,

        @Size(max = 500) @Nullable String observation,
        @Nullable Boolean visible) {

    NewEvent toEvent() {
        return new NewEvent(
                Objects.requireNonNull(code),
                occurredAt,
                iataCode,
                observation == null ? "" : observation.strip(),
                !Boolean.FALSE.equals(visible));
    }
}
