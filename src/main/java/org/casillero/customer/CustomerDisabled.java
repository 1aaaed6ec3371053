package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * An operator disabled a customer's account: it can no longer log in nor receive packages (README, "Domain events").
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record CustomerDisabled(int copaId, long customerBoxId, Instant disabledAt, String actor)
        implements DomainEvent {}
