package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * Staff recorded a tracking event that moved a shipment to a new status (manifested, in transit,
 * in customs, delivered, …; README, "Shipment statuses" and "Domain events"). Receiving, processing
 * and consolidating move statuses too and are told by their own events.
 *
 * @param trackCdg the tracking code, as the Box API names it ({@code MNF}, {@code DEL}, …)
 * @param visible whether the customer sees the event
 */
public record ShipmentStatusChanged(
        int copaId,
        long customerBoxId,
        long trckNmrFol,
        ShipmentStatus status,
        String trackCdg,
        Instant occurredAt,
        String iataCode,
        boolean visible,
        String recordedBy)
        implements DomainEvent {}
