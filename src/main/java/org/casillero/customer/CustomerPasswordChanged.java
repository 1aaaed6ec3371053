package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A customer's password changed (README, "Domain events").
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record CustomerPasswordChanged(int copaId, long customerBoxId, Instant changedAt, String actor)
        implements DomainEvent {}
