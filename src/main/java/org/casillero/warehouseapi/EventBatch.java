package org.casillero.warehouseapi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.casillero.shipment.ShipmentEvents.ForShipment;
import org.jspecify.annotations.Nullable;

/** A batch of events, a manifest's worth: each recorded or refused on its own. */
record EventBatch(@NotEmpty @Size(max = 1000) @Nullable List<@NotNull @Valid BatchEvent> events) {

    /** One event of a batch, for the shipment it names. */
    record BatchEvent(
            @NotNull @Positive @Nullable Long trckNmrFol,
            @NotNull @Valid @Nullable EventRequest event) {}

    List<ForShipment> toEvents() {
        return Objects.requireNonNull(events).stream()
                .map(each -> new ForShipment(
                        Objects.requireNonNull(each.trckNmrFol()),
                        Objects.requireNonNull(each.event()).toEvent()))
                .toList();
    }
}
