package org.casillero.shipment;

import java.time.Instant;

/**
 * One tracking event, appended and never changed: the status it enters, when it happened and when
 * it was recorded, where (IATA code), a free observation, whether the customer sees it, and who
 * recorded it.
 */
public record TrackingEvent(
        ShipmentStatus status,
        Instant occurredAt,
        Instant recordedAt,
        String iataCode,
        String observation,
        boolean visible,
        String recordedBy) {}
