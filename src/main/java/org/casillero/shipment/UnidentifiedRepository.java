package org.casillero.shipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.casillero.shared.Measures.Parcel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The unidentified packages. */
@Repository
class UnidentifiedRepository {
    private final JdbcClient jdbc;

    UnidentifiedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String warehouseCode, String labelText, NewPackage p, Instant now, String staff) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into unidentified_package (warehouse_code, label_text, courier_code, inbound_tracking,
                               merchant_name, content, family_product_code, declared_value, physical_weight,
                               length_in, width_in, height_in, serial_number, received_at, received_by)
                        values (:warehouse, :label, :courier, :inbound, :merchant, :content, :family, :value, :weight,
                               :length, :width, :height, :serial, :now, :staff)
                        """)
                .param("warehouse", warehouseCode)
                .param("label", labelText)
                .param("courier", p.courierCode())
                .param("inbound", p.inboundTracking())
                .param("merchant", p.merchantName())
                .param("content", p.content())
                .param("family", p.familyProductCode())
                .param("value", p.declaredValue())
                .param("weight", p.parcel().weight())
                .param("length", p.parcel().length())
                .param("width", p.parcel().width())
                .param("height", p.parcel().height())
                .param("serial", p.serialNumber())
                .param("now", ShipmentRepository.utc(now))
                .param("staff", staff)
                .update(key, "package_id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Long> findByInbound(String warehouseCode, String courierCode, String inboundTracking) {
        return jdbc.sql("""
                        select package_id from unidentified_package
                         where warehouse_code = :warehouse and courier_code = :courier and inbound_tracking = :inbound
                        """)
                .param("warehouse", warehouseCode)
                .param("courier", courierCode)
                .param("inbound", inboundTracking)
                .query(Long.class)
                .optional();
    }

    /** The package, locked until the transaction ends. */
    Optional<UnidentifiedPackage> lock(long packageId) {
        return jdbc.sql("select * from unidentified_package where package_id = :id for update")
                .param("id", packageId)
                .query(UnidentifiedRepository::unidentified)
                .optional();
    }

    /** The warehouse's packages waiting for a box, oldest first: at most {@code count}, after that place. */
    List<UnidentifiedPackage> open(String warehouseCode, int count, Page.@Nullable Position after) {
        String from = after == null ? "" : " and (received_at > :at or (received_at = :at and package_id > :id))";
        JdbcClient.StatementSpec query =
                jdbc.sql("""
                        select * from unidentified_package
                         where warehouse_code = :warehouse and assigned_at is null""" + from + """

                         order by received_at, package_id
                         limit :count
                        """).param("warehouse", warehouseCode).param("count", count);
        if (after != null) {
            query = query.param("at", ShipmentRepository.utc(after.at())).param("id", after.id());
        }
        return query.query(UnidentifiedRepository::unidentified).list();
    }

    void assign(long packageId, long trckNmrFol, Instant now, String staff) {
        int rows = jdbc.sql("""
                        update unidentified_package set assigned_to = :trck, assigned_at = :now, assigned_by = :staff
                         where package_id = :id and assigned_at is null
                        """)
                .param("trck", trckNmrFol)
                .param("now", ShipmentRepository.utc(now))
                .param("staff", staff)
                .param("id", packageId)
                .update();
        if (rows != 1) {
            throw new IllegalStateException(
                    "Expected to assign unidentified package " + packageId + ", changed " + rows);
        }
    }

    private static UnidentifiedPackage unidentified(ResultSet rs, int row) throws SQLException {
        return new UnidentifiedPackage(
                rs.getLong("package_id"),
                rs.getString("warehouse_code"),
                rs.getString("label_text"),
                new NewPackage(
                        rs.getString("courier_code"),
                        rs.getString("inbound_tracking"),
                        rs.getString("merchant_name"),
                        rs.getString("content"),
                        rs.getString("family_product_code"),
                        rs.getBigDecimal("declared_value"),
                        new Parcel(
                                rs.getBigDecimal("physical_weight"),
                                rs.getBigDecimal("length_in"),
                                rs.getBigDecimal("width_in"),
                                rs.getBigDecimal("height_in")),
                        rs.getString("serial_number")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getString("received_by"),
                rs.getObject("assigned_to", Long.class));
    }
}
