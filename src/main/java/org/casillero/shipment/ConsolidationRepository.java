package org.casillero.shipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casillero.shared.Measures.Parcel;
import org.casillero.shared.WebAddress;
import org.casillero.shipment.ConsolidationRequest.Item;
import org.casillero.shipment.ConsolidationRequest.Status;
import org.casillero.shipment.ShipmentConsolidation.RequestedShipment;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Consolidation requests and the shipments they name, and the copies that consolidating one makes.
 * A request is read whole (with each shipment's first package, status and warehouse) in one query.
 */
@Repository
class ConsolidationRepository {
    static final String OPEN = Status.OPEN.name();

    private static final String REQUESTS = """
            select r.request_id, c.box_id, r.warehouse_code as request_warehouse, r.status, r.requested_at,
                   r.requested_by, r.decided_at, r.decided_by,
                   r.consolidated_into, coalesce(r.refusal_reason, '') as refusal_reason,
                   i.trck_nmr_fol, i.declared_value, i.invoice_url, s.status as shipment_status, s.warehouse_code,
                   coalesce(p.inbound_tracking, '') as external_tracking, coalesce(p.merchant_name, '') as merchant
              from consolidation_request r
              join customer c on c.cust_id = r.cust_id
              join consolidation_request_item i on i.request_id = r.request_id
              join shipment s on s.trck_nmr_fol = i.trck_nmr_fol
              left join shipment_piece p on p.trck_nmr_fol = i.trck_nmr_fol and p.item_piece = 1
            """;

    private final JdbcClient jdbc;

    ConsolidationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new open request of the customer for shipments of that warehouse. */
    long insert(long custId, String warehouseCode, Instant now, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into consolidation_request (cust_id, warehouse_code, requested_at, requested_by, status)
                        values (:custId, :warehouse, :now, :by, :status)
                        """)
                .param("custId", custId)
                .param("warehouse", warehouseCode)
                .param("now", ShipmentRepository.utc(now))
                .param("by", by)
                .param("status", OPEN)
                .update(key, "request_id");
        return key.getKeyAs(Number.class).longValue();
    }

    void insertItem(long requestId, RequestedShipment shipment) {
        jdbc.sql("""
                        insert into consolidation_request_item (request_id, trck_nmr_fol, declared_value, invoice_url)
                        values (:request, :trck, :value, :url)
                        """)
                .param("request", requestId)
                .param("trck", shipment.trckNmrFol())
                .param("value", shipment.declaredValue())
                .param("url", shipment.invoiceUrl())
                .update();
    }

    /** How many open requests name the shipment. */
    int openRequestsOf(long trckNmrFol) {
        return jdbc.sql("""
                        select count(*) from consolidation_request_item i
                          join consolidation_request r on r.request_id = i.request_id
                         where i.trck_nmr_fol = :trck and r.status = :status
                        """)
                .param("trck", trckNmrFol)
                .param("status", OPEN)
                .query(Integer.class)
                .single();
    }

    /** Locks the request's row until the transaction ends; answers whether it exists. */
    boolean lock(long requestId) {
        return jdbc.sql("select request_id from consolidation_request where request_id = :id for update")
                .param("id", requestId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    Optional<ConsolidationRequest> find(long requestId) {
        return requests(jdbc.sql(REQUESTS + " where r.request_id = :id order by i.trck_nmr_fol")
                        .param("id", requestId))
                .stream()
                .findFirst();
    }

    /**
     * The warehouse's open requests, oldest first: at most {@code count}, after that place. Two
     * queries: the page's requests, then their shipments.
     */
    List<ConsolidationRequest> openIn(String warehouseCode, int count, Page.@Nullable Position after) {
        String from = after == null ? "" : " and (requested_at > :at or (requested_at = :at and request_id > :id))";
        JdbcClient.StatementSpec page = jdbc.sql("""
                        select request_id from consolidation_request
                         where warehouse_code = :warehouse and status = :status""" + from + """

                         order by requested_at, request_id
                         limit :count
                        """)
                .param("warehouse", warehouseCode)
                .param("status", OPEN)
                .param("count", count);
        if (after != null) {
            page = page.param("at", ShipmentRepository.utc(after.at())).param("id", after.id());
        }
        List<Long> ids = page.query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return requests(jdbc.sql(REQUESTS + """
                         where r.request_id in (:ids)
                         order by r.requested_at, r.request_id, i.trck_nmr_fol
                        """).param("ids", ids));
    }

    /** The latest request that names the shipment, or that made it by consolidating others. */
    Optional<ConsolidationRequest> latestNaming(long trckNmrFol) {
        return requests(jdbc.sql(REQUESTS + """
                         where r.request_id = (select max(named.request_id)
                                                 from (select request_id from consolidation_request_item
                                                        where trck_nmr_fol = :trck
                                                       union all
                                                       select request_id from consolidation_request
                                                        where consolidated_into = :trck) named)
                         order by i.trck_nmr_fol
                        """).param("trck", trckNmrFol)).stream()
                .findFirst();
    }

    void markConsolidated(long requestId, long into, Instant now, String by) {
        expectOne(
                jdbc.sql("""
                                update consolidation_request
                                   set status = :consolidated, consolidated_into = :into, decided_at = :now,
                                       decided_by = :by
                                 where request_id = :id and status = :open
                                """)
                        .param("consolidated", Status.CONSOLIDATED.name())
                        .param("into", into)
                        .param("now", ShipmentRepository.utc(now))
                        .param("by", by)
                        .param("id", requestId)
                        .param("open", OPEN)
                        .update(),
                requestId);
    }

    void markRefused(long requestId, String reason, Instant now, String by) {
        expectOne(
                jdbc.sql("""
                                update consolidation_request
                                   set status = :refused, refusal_reason = :reason, decided_at = :now, decided_by = :by
                                 where request_id = :id and status = :open
                                """)
                        .param("refused", Status.REFUSED.name())
                        .param("reason", reason)
                        .param("now", ShipmentRepository.utc(now))
                        .param("by", by)
                        .param("id", requestId)
                        .param("open", OPEN)
                        .update(),
                requestId);
    }

    /**
     * The shipments together as received: their weights added up, each side as long as the longest
     * one's.
     */
    Parcel combined(List<Long> shipments) {
        return jdbc.sql("""
                        select coalesce(sum(physical_weight), 0) as weight, coalesce(max(length_in), 0) as length_in,
                               coalesce(max(width_in), 0) as width_in, coalesce(max(height_in), 0) as height_in
                          from shipment where trck_nmr_fol in (:shipments)
                        """)
                .param("shipments", shipments)
                .query((rs, n) -> new Parcel(
                        rs.getBigDecimal("weight"),
                        rs.getBigDecimal("length_in"),
                        rs.getBigDecimal("width_in"),
                        rs.getBigDecimal("height_in")))
                .single();
    }

    /**
     * Copies the shipments' pieces into {@code into}, numbered from 1 in the order of the shipments
     * and their pieces, each copy naming the piece it was made from; answers how many.
     */
    int copyPieces(List<Long> shipments, long into) {
        return jdbc.sql("""
                        insert into shipment_piece (trck_nmr_fol, warehouse_code, item_piece, courier_code,
                               inbound_tracking, merchant_name, content, family_product_code, declared_value,
                               physical_weight, length_in, width_in, height_in, serial_number, copied_from)
                        select :into, p.warehouse_code, row_number() over (order by p.trck_nmr_fol, p.item_piece),
                               p.courier_code,
                               p.inbound_tracking, p.merchant_name, p.content, p.family_product_code, p.declared_value,
                               p.physical_weight, p.length_in, p.width_in, p.height_in, p.serial_number, p.piece_id
                          from shipment_piece p
                         where p.trck_nmr_fol in (:shipments)
                        """).param("into", into).param("shipments", shipments).update();
    }

    /** Copies the invoice lines the customer typed for the shipments into {@code into}, numbered from 1. */
    void copyInvoiceLines(List<Long> shipments, long into) {
        jdbc.sql("""
                        insert into invoice_line (trck_nmr_fol, line_no, quantity, description, price_value,
                               reference_code)
                        select :into, row_number() over (order by l.trck_nmr_fol, l.line_no), l.quantity,
                               l.description, l.price_value, l.reference_code
                          from invoice_line l
                         where l.trck_nmr_fol in (:shipments)
                        """).param("into", into).param("shipments", shipments).update();
    }

    /** The requests of the query's rows (one row per shipment of a request, a request's rows together). */
    private static List<ConsolidationRequest> requests(JdbcClient.StatementSpec query) {
        Map<Long, ConsolidationRequest> headers = new LinkedHashMap<>();
        Map<Long, List<Item>> items = new LinkedHashMap<>();
        query.query(rs -> {
            long id = rs.getLong("request_id");
            if (!headers.containsKey(id)) {
                headers.put(id, header(rs));
                items.put(id, new ArrayList<>());
            }
            items.get(id).add(item(rs));
        });
        return headers.values().stream()
                .map(h -> new ConsolidationRequest(
                        h.requestId(),
                        h.boxId(),
                        h.warehouseCode(),
                        h.status(),
                        h.requestedAt(),
                        h.requestedBy(),
                        h.decidedAt(),
                        h.decidedBy(),
                        h.consolidatedInto(),
                        h.refusalReason(),
                        items.get(h.requestId())))
                .toList();
    }

    private static ConsolidationRequest header(ResultSet rs) throws SQLException {
        long into = rs.getLong("consolidated_into");
        @Nullable Long consolidatedInto = rs.wasNull() ? null : into;
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new ConsolidationRequest(
                rs.getLong("request_id"),
                rs.getLong("box_id"),
                rs.getString("request_warehouse"),
                Status.valueOf(rs.getString("status")),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                rs.getString("requested_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decided_by"),
                consolidatedInto,
                rs.getString("refusal_reason"),
                List.of());
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(
                rs.getLong("trck_nmr_fol"),
                rs.getString("external_tracking"),
                rs.getString("merchant"),
                rs.getBigDecimal("declared_value"),
                webAddressOrNull(rs.getString("invoice_url")),
                ShipmentStatus.valueOf(rs.getString("shipment_status")),
                rs.getString("warehouse_code"));
    }

    /** Customers' clients once sent any text here: only a web address is ever shown as a link. */
    private static @Nullable String webAddressOrNull(String stored) {
        return WebAddress.isWebAddress(stored) ? stored : null;
    }

    private static void expectOne(int rows, long requestId) {
        if (rows != 1) {
            throw new IllegalStateException(
                    "Expected to change 1 row of consolidation request " + requestId + ", changed " + rows);
        }
    }
}
