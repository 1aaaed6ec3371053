package org.casillero.customer;

import java.time.Instant;
import java.util.List;

/** One change to a customer: when, by whom, what kind, and the names (never the values) of the fields changed. */
public record AuditEntry(Instant at, String actor, String action, List<String> fields) {
    public AuditEntry {
        fields = List.copyOf(fields);
    }
}
