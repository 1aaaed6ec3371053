package org.casillero.partner;

import java.time.Instant;

/** One change to an API user: when, by whom, what kind, and a word on why (never a key). */
public record ApiUserAuditEntry(Instant at, String actor, String action, String detail) {}
