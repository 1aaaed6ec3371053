package org.casillero.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff members, with their warehouse (joined). */
@Repository
class StaffRepository {
    private static final String SELECT = """
            select s.name, s.enabled, s.created_at, w.warehouse_code, w.name as warehouse_name,
                   w.company_address, w.us_address, w.iata_code, w.office_code
              from staff s join warehouse w on w.warehouse_code = s.warehouse_code
            """;

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers false when the name is taken. */
    boolean insert(String name, String warehouseCode, String tokenHash, Instant now) {
        return jdbc.sql("""
                        insert into staff (name, warehouse_code, token_hash, enabled, created_at)
                        values (:name, :warehouse, :hash, true, :now)
                        on conflict do nothing
                        """)
                        .param("name", name)
                        .param("warehouse", warehouseCode)
                        .param("hash", tokenHash)
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    Optional<StaffMember> byTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " where s.token_hash = :hash")
                .param("hash", tokenHash)
                .query(StaffRepository::member)
                .optional();
    }

    List<StaffMember> all() {
        return jdbc.sql(SELECT + " order by s.name")
                .query(StaffRepository::member)
                .list();
    }

    boolean setEnabled(String name, boolean enabled) {
        return jdbc.sql("update staff set enabled = :enabled where name = :name")
                        .param("enabled", enabled)
                        .param("name", name)
                        .update()
                == 1;
    }

    boolean setTokenHash(String name, String tokenHash) {
        return jdbc.sql("update staff set token_hash = :hash where name = :name")
                        .param("hash", tokenHash)
                        .param("name", name)
                        .update()
                == 1;
    }

    private static StaffMember member(ResultSet rs, int row) throws SQLException {
        return new StaffMember(
                rs.getString("name"),
                new Warehouse(
                        rs.getString("warehouse_code"),
                        rs.getString("warehouse_name"),
                        rs.getString("company_address"),
                        rs.getString("us_address"),
                        rs.getString("iata_code"),
                        rs.getInt("office_code")),
                rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
