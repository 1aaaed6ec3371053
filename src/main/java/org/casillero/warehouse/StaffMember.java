package org.casillero.warehouse;

import java.time.Instant;

/** A staff member (or scanner) of one warehouse, named as the audit trail names it. */
public record StaffMember(String name, Warehouse warehouse, boolean enabled, Instant createdAt) {}
