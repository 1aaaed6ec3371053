package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A customer's e-mail address changed, and with it its customer key (README, "Domain events"); the key is not told.
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record CustomerEmailChanged(int copaId, long customerBoxId, String email, Instant changedAt, String actor)
        implements DomainEvent {}
