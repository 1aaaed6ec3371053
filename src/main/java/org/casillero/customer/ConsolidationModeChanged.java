package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A customer started or ended consolidating its packages (README, "Domain events").
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record ConsolidationModeChanged(
        int copaId, long customerBoxId, boolean consolidating, Instant changedAt, String actor)
        implements DomainEvent {}
