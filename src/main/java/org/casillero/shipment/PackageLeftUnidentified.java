package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A package was received whose label names no box that takes packages: it waits in its warehouse's
 * unidentified queue (README, "Domain events"). No partner's: only the warehouse knows it.
 *
 * @param packageId the unidentified package
 * @param labelText what the label says of the box
 */
public record PackageLeftUnidentified(
        long packageId,
        String warehouseCode,
        String labelText,
        String courierCode,
        String inboundTracking,
        Instant receivedAt,
        String receivedBy)
        implements DomainEvent {}
