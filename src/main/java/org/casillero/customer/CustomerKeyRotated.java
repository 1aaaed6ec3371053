package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * An operator gave a customer a new customer key (README, "Domain events"); the key is not told.
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record CustomerKeyRotated(int copaId, long customerBoxId, Instant rotatedAt, String actor)
        implements DomainEvent {}
