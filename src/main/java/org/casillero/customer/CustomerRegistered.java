package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * A customer registered: a new box of its partner (README, "Domain events"); {@code active} whether the box can take packages already (registration in one step) or awaits its card (two steps).
 *
 * @param actor who made the change, as the audit trail names it ({@code api-user 396}, {@code operator ana})
 */
public record CustomerRegistered(
        int copaId,
        long customerBoxId,
        String email,
        Language language,
        boolean active,
        Instant registeredAt,
        String actor)
        implements DomainEvent {}
