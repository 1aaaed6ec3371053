package org.casillero.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers' append-only audit trail: this repository only inserts and reads. */
@Repository
class AuditTrail {
    static final String REGISTERED = "REGISTERED";
    static final String PERSONAL_INFO_CHANGED = "PERSONAL_INFO_CHANGED";
    static final String TYPE_CHANGED = "TYPE_CHANGED";
    static final String EMAIL_CHANGED = "EMAIL_CHANGED";
    static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    static final String ADDRESS_CHANGED = "ADDRESS_CHANGED";
    static final String ENABLED = "ENABLED";
    static final String DISABLED = "DISABLED";
    static final String KEY_ROTATED = "KEY_ROTATED";
    static final String CONSOLIDATION_STARTED = "CONSOLIDATION_STARTED";
    static final String CONSOLIDATION_ENDED = "CONSOLIDATION_ENDED";
    static final String ACTIVATED = "ACTIVATED";
    static final String PAYMENT_CARD_CHANGED = "PAYMENT_CARD_CHANGED";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an entry; a change that changed no field is not one, and appends nothing. */
    void record(long custId, Actor actor, String action, List<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        int rows = jdbc.sql("""
                        insert into customer_audit (cust_id, occurred_at, actor, action, fields)
                        values (:custId, :at, :actor, :action, :fields)
                        """)
                .param("custId", custId)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("actor", actor.name())
                .param("action", action)
                .param("fields", String.join(",", fields))
                .update();
        if (rows != 1) {
            throw new IllegalStateException("Expected to append 1 audit entry for cust_id " + custId + ", got " + rows);
        }
    }

    List<AuditEntry> entries(long custId) {
        return jdbc.sql("""
                        select occurred_at, actor, action, fields
                          from customer_audit where cust_id = :custId order by audit_id
                        """)
                .param("custId", custId)
                .query((rs, n) -> new AuditEntry(
                        instant(rs.getObject("occurred_at", OffsetDateTime.class)),
                        rs.getString("actor"),
                        rs.getString("action"),
                        Arrays.asList(rs.getString("fields").split(","))))
                .list();
    }

    private static Instant instant(OffsetDateTime value) {
        return Objects.requireNonNull(value).toInstant();
    }
}
