package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * An active box was given another payment card (README, "Domain events"); what is kept of a card is not told.
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record PaymentCardChanged(int copaId, long customerBoxId, Instant changedAt, String actor)
        implements DomainEvent {}
