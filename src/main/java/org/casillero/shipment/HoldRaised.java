package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A hold was raised on a shipment (README, "Holds" and "Domain events"), or staff took over the hold
 * an invoice rule had raised ({@code byRule} false, {@code takenOver} true).
 *
 * @param byRule whether an invoice rule raised it (the customer's invoice clears it) rather than staff
 * @param takenOver whether the hold was open already and only became staff's
 * @param raisedBy the staff member, or the staff member whose scan or manifest applied the rule
 */
public record HoldRaised(
        int copaId,
        long customerBoxId,
        long trckNmrFol,
        HoldReason reason,
        boolean byRule,
        boolean takenOver,
        Instant raisedAt,
        String raisedBy)
        implements DomainEvent {}
