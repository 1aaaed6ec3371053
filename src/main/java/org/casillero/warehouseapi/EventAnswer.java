package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.casillero.shipment.TrackingEvent;

/** A tracking event of a shipment, as staff see it. (Published as EventView.) */
@Schema(name = "EventView")
record EventAnswer(
        String code,
        String status,
        Instant occurredAt,
        Instant recordedAt,
        String iataCode,
        String observation,
        boolean visible,
        String recordedBy) {
    static EventAnswer of(TrackingEvent e) {
        return new EventAnswer(
                e.status().code(),
                e.status().name(),
                e.occurredAt(),
                e.recordedAt(),
                e.iataCode(),
                e.observation(),
                e.visible(),
                e.recordedBy());
    }
}
