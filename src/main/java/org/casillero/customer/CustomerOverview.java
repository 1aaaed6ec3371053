package org.casillero.customer;

import java.time.Instant;

/** A customer as an operator finds it: who and whose it is and its state, never a key or password. */
public record CustomerOverview(
        long boxId,
        int copaId,
        String email,
        String firstName,
        String lastName,
        AccountFlags flags,
        Instant enrolledAt) {}
