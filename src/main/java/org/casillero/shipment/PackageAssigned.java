package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * Staff assigned an unidentified package to a box: it is that box's new shipment, RECEIVED when the
 * package was (README, "Domain events").
 */
public record PackageAssigned(
        int copaId,
        long customerBoxId,
        long trckNmrFol,
        long packageId,
        String warehouseCode,
        Instant receivedAt,
        Instant assignedAt,
        String assignedBy)
        implements DomainEvent {}
