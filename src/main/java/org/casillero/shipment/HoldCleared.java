package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A hold on a shipment was cleared (README, "Holds" and "Domain events"): by staff, or by the
 * customer's invoice for a hold an invoice rule raised ({@code byInvoice}).
 *
 * @param clearedBy the staff member, or the customer's actor name when its invoice cleared it
 */
public record HoldCleared(
        int copaId,
        long customerBoxId,
        long trckNmrFol,
        HoldReason reason,
        boolean byInvoice,
        Instant clearedAt,
        String clearedBy)
        implements DomainEvent {}
