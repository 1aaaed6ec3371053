package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A customer's box was activated by its first payment card (README, "Domain events").
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record BoxActivated(int copaId, long customerBoxId, Instant activatedAt, String actor) implements DomainEvent {}
