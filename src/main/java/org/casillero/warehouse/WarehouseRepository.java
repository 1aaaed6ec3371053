package org.casillero.warehouse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The warehouses. */
@Repository
class WarehouseRepository {
    private final JdbcClient jdbc;

    WarehouseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insertIfAbsent(Warehouse warehouse, Instant now) {
        return jdbc.sql("""
                        insert into warehouse (warehouse_code, name, company_address, us_address, iata_code,
                               office_code, created_at)
                        values (:code, :name, :address, :usAddress, :iata, :office, :now)
                        on conflict do nothing
                        """)
                        .param("code", warehouse.code())
                        .param("name", warehouse.name())
                        .param("address", warehouse.companyAddress())
                        .param("usAddress", warehouse.usAddress())
                        .param("iata", warehouse.iataCode())
                        .param("office", warehouse.officeCode())
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    Optional<Warehouse> find(String code) {
        return jdbc.sql("select * from warehouse where warehouse_code = :code")
                .param("code", code)
                .query((rs, n) -> warehouse(rs))
                .optional();
    }

    List<Warehouse> all() {
        return jdbc.sql("select * from warehouse order by warehouse_code")
                .query((rs, n) -> warehouse(rs))
                .list();
    }

    private static Warehouse warehouse(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Warehouse(
                rs.getString("warehouse_code"),
                rs.getString("name"),
                rs.getString("company_address"),
                rs.getString("us_address"),
                rs.getString("iata_code"),
                rs.getInt("office_code"));
    }
}
