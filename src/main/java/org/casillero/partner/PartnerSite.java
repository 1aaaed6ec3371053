package org.casillero.partner;

import java.time.Instant;

/** A site domain of a partner ({@code tienda.example.com}): the partner that sign-ups from that site are for. */
public record PartnerSite(String domain, int copaId, Instant addedAt) {}
