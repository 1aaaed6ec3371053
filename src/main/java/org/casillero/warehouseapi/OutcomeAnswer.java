package org.casillero.warehouseapi;

import org.casillero.shipment.ShipmentEvents.Outcome;
import org.casillero.shipment.ShipmentStatus;
import org.jspecify.annotations.Nullable;

/** What became of one event of a batch: the shipment's status now, or why the event was refused. */
record OutcomeAnswer(
        long trckNmrFol,
        @Nullable String status,
        @Nullable String code,
        @Nullable String problem) {
    static OutcomeAnswer of(Outcome outcome) {
        ShipmentStatus status = outcome.status();
        return new OutcomeAnswer(
                outcome.trckNmrFol(),
                status == null ? null : status.name(),
                status == null ? null : status.code(),
                outcome.problem());
    }
}
