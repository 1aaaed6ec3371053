package org.casillero.shipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Invoice files' records (their bytes are the file store's), each read with its shipment's box. */
@Repository
class InvoiceFileRepository {
    private static final String SELECT = """
            select f.*, c.box_id, c.is_enable as customer_enabled, s.cust_id, s.copa_id
              from invoice_file f
              join shipment s on s.trck_nmr_fol = f.trck_nmr_fol
              join customer c on c.cust_id = s.cust_id
            """;

    private final JdbcClient jdbc;

    InvoiceFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file with the customer and partner whose shipment it is, and whether that customer's account is enabled. */
    record Owned(InvoiceFile file, long custId, int copaId, boolean customerEnabled) {}

    long insert(
            long trckNmrFol,
            String guid,
            String originalName,
            String storedName,
            String contentType,
            Instant now,
            String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into invoice_file (trck_nmr_fol, file_guid, original_name, stored_name, content_type,
                               registered_at, registered_by)
                        values (:trck, :guid, :original, :stored, :type, :now, :by)
                        """)
                .param("trck", trckNmrFol)
                .param("guid", guid)
                .param("original", originalName)
                .param("stored", storedName)
                .param("type", contentType)
                .param("now", ShipmentRepository.utc(now))
                .param("by", by)
                .update(key, "invoice_id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Whether the shipment, or a shipment consolidated into it (or into one of those, and so on), has
     * an uploaded invoice file: files stay with the shipment they were uploaded for.
     */
    boolean anyUploadedFor(long trckNmrFol) {
        return jdbc.sql("""
                                with recursive origin (trck_nmr_fol) as (
                                    select cast(:trck as bigint)
                                    union all
                                    select i.trck_nmr_fol from origin o
                                      join consolidation_request r on r.consolidated_into = o.trck_nmr_fol
                                      join consolidation_request_item i on i.request_id = r.request_id
                                )
                                select count(*) from invoice_file f
                                 where f.trck_nmr_fol in (select trck_nmr_fol from origin)
                                   and f.uploaded_at is not null
                                """).param("trck", trckNmrFol).query(Integer.class).single() > 0;
    }

    int countOf(long trckNmrFol) {
        return jdbc.sql("select count(*) from invoice_file where trck_nmr_fol = :trck")
                .param("trck", trckNmrFol)
                .query(Integer.class)
                .single();
    }

    Optional<Owned> findByGuid(String guid) {
        return jdbc.sql(SELECT + " where f.file_guid = :guid")
                .param("guid", guid)
                .query(InvoiceFileRepository::owned)
                .optional();
    }

    /** The file's row, locked until the transaction ends. */
    Optional<Owned> lockByGuid(String guid) {
        return jdbc.sql("select invoice_id from invoice_file where file_guid = :guid for update")
                .param("guid", guid)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    Optional<Owned> find(long invoiceId) {
        return jdbc.sql(SELECT + " where f.invoice_id = :id")
                .param("id", invoiceId)
                .query(InvoiceFileRepository::owned)
                .optional();
    }

    /** The shipment's files whose bytes have arrived, oldest first. */
    List<InvoiceFile> uploadedOf(long trckNmrFol) {
        return jdbc.sql(SELECT + " where f.trck_nmr_fol = :trck and f.uploaded_at is not null order by f.invoice_id")
                .param("trck", trckNmrFol)
                .query((rs, n) -> file(rs))
                .list();
    }

    void markUploaded(long invoiceId, Instant now, int size) {
        int rows = jdbc.sql("""
                        update invoice_file set uploaded_at = :now, size_bytes = :size
                         where invoice_id = :id and uploaded_at is null
                        """)
                .param("now", ShipmentRepository.utc(now))
                .param("size", size)
                .param("id", invoiceId)
                .update();
        if (rows != 1) {
            throw new IllegalStateException("Invoice file " + invoiceId + " was uploaded already");
        }
    }

    private static Owned owned(ResultSet rs, int row) throws SQLException {
        return new Owned(file(rs), rs.getLong("cust_id"), rs.getInt("copa_id"), rs.getBoolean("customer_enabled"));
    }

    static InvoiceFile file(ResultSet rs) throws SQLException {
        return new InvoiceFile(
                rs.getLong("invoice_id"),
                rs.getLong("trck_nmr_fol"),
                rs.getLong("box_id"),
                rs.getString("file_guid"),
                rs.getString("original_name"),
                rs.getString("stored_name"),
                rs.getString("content_type"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                nullableInstant(rs.getObject("uploaded_at", OffsetDateTime.class)),
                rs.getLong("size_bytes"));
    }

    private static @Nullable Instant nullableInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
