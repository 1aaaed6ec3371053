package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A package was received for a box: it is a new shipment, RECEIVED (README, "Domain events").
 *
 * @param copaId the box's partner
 * @param customerBoxId the box ({@code customer_box_id})
 * @param trckNmrFol the new shipment
 * @param receivedBy the staff member who scanned it
 */
public record PackageReceived(
        int copaId,
        long customerBoxId,
        long trckNmrFol,
        String warehouseCode,
        String courierCode,
        String inboundTracking,
        Instant receivedAt,
        String receivedBy)
        implements DomainEvent {}
