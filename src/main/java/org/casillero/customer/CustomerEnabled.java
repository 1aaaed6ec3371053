package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * An operator enabled a customer's account again (README, "Domain events").
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record CustomerEnabled(int copaId, long customerBoxId, Instant enabledAt, String actor) implements DomainEvent {}
