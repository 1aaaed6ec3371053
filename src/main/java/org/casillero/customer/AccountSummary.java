package org.casillero.customer;

import java.time.Instant;
import org.casillero.shared.Secret;
import org.jspecify.annotations.Nullable;

/** A customer's credentials and account state, as a partner's administration sees them. */
public record AccountSummary(
        long boxId,
        Secret customerKey,
        String firstName,
        String lastName,
        AccountFlags flags,
        Instant enrolledAt,
        @Nullable Instant activatedAt) {}
