package org.casillero.partner;

import java.time.Instant;

/** A commercial partner ({@code copa_id}): the online store or courier brand whose customers these are. */
public record Partner(int copaId, String name, Instant createdAt) {}
