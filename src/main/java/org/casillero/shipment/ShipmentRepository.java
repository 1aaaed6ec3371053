package org.casillero.shipment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casillero.rating.ProductFamily;
import org.casillero.rating.RatingRules;
import org.casillero.rating.Tariff.Charges;
import org.casillero.shared.Measures.Parcel;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Shipments, their pieces, events, holds and audit trail. A shipment is read with its partner's
 * name and its customer's box id and language (joined: the partner and customer modules own those
 * tables) and its warehouse; reading any number of shipments costs five queries, and one more for
 * the names of their pieces' product families when a piece names one (asked of {@code rating},
 * which owns them).
 */
@Repository
class ShipmentRepository {
    private static final String HEADER = """
            select s.trck_nmr_fol, s.cust_id, c.box_id, s.copa_id, p.name as partner_name, c.language_code,
                   w.warehouse_code, w.name as warehouse_name, w.company_address, w.us_address, w.iata_code,
                   w.office_code, s.status, s.received_at, s.manifested_at, s.physical_weight,
                   s.volumetric_weight, s.charged_weight, s.length_in, s.width_in, s.height_in,
                   s.shipping_rate, s.shipping_discount,
                   exists (select 1 from shipment_hold h
                            where h.trck_nmr_fol = s.trck_nmr_fol and h.reason = 'INVOICE_REQUIRED'
                              and (h.cleared_at is null
                                   or exists (select 1 from invoice_line l where l.trck_nmr_fol = s.trck_nmr_fol)
                                   or exists (select 1 from invoice_file g
                                               where g.trck_nmr_fol = s.trck_nmr_fol and g.uploaded_at is not null)))
                          as invoice_required,
                   s.volumetric_divisor,
                   exists (select 1 from shipment_hold h
                            where h.trck_nmr_fol = s.trck_nmr_fol and h.cleared_at is null) as on_hold,
                   (select count(*) from consolidation_request_item i
                      join consolidation_request r on r.request_id = i.request_id
                     where i.trck_nmr_fol = s.trck_nmr_fol and r.status = 'OPEN') as consolidation_requests,
                   f.invoice_id, f.file_guid, f.original_name, f.stored_name, f.content_type, f.registered_at,
                   f.uploaded_at, f.size_bytes
              from shipment s
              join customer c on c.cust_id = s.cust_id
              join partner p on p.copa_id = s.copa_id
              join warehouse w on w.warehouse_code = s.warehouse_code
              left join invoice_file f on f.invoice_id = (
                   select max(g.invoice_id) from invoice_file g
                    where g.trck_nmr_fol = s.trck_nmr_fol and g.uploaded_at is not null)
            """;

    private final JdbcClient jdbc;
    private final RatingRules rules;

    ShipmentRepository(JdbcClient jdbc, RatingRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    long nextTrckNmrFol() {
        return jdbc.sql("select nextval('shipment_trck_nmr_fol_seq')")
                .query(Long.class)
                .single();
    }

    void insert(
            long trckNmrFol,
            long custId,
            int copaId,
            String warehouseCode,
            Instant receivedAt,
            Parcel parcel,
            int divisor) {
        jdbc.sql("""
                        insert into shipment (trck_nmr_fol, cust_id, copa_id, warehouse_code, status, received_at,
                               physical_weight, volumetric_weight, charged_weight, volumetric_divisor, length_in,
                               width_in, height_in, shipping_rate, shipping_discount)
                        values (:trck, :custId, :copaId, :warehouse, :status, :receivedAt,
                               :weight, :volumetric, :charged, :divisor, :length, :width, :height, 0, 0)
                        """)
                .param("trck", trckNmrFol)
                .param("custId", custId)
                .param("copaId", copaId)
                .param("warehouse", warehouseCode)
                .param("status", ShipmentStatus.RECEIVED.name())
                .param("receivedAt", utc(receivedAt))
                .param("weight", parcel.weight())
                .param("volumetric", parcel.volumetricWeight(divisor))
                .param("charged", parcel.chargedWeight(divisor))
                .param("divisor", divisor)
                .param("length", parcel.length())
                .param("width", parcel.width())
                .param("height", parcel.height())
                .update();
    }

    /** A piece of the shipment, which is in that warehouse (a piece carries it: receiving is a warehouse's). */
    void insertPiece(long trckNmrFol, String warehouseCode, Piece piece) {
        jdbc.sql("""
                        insert into shipment_piece (trck_nmr_fol, warehouse_code, item_piece, courier_code,
                               inbound_tracking, merchant_name, content, family_product_code, declared_value,
                               physical_weight, length_in, width_in, height_in, serial_number)
                        values (:trck, :warehouse, :item, :courier, :inbound, :merchant, :content, :family, :value,
                               :weight, :length, :width, :height, :serial)
                        """)
                .param("trck", trckNmrFol)
                .param("warehouse", warehouseCode)
                .param("item", piece.itemPiece())
                .param("courier", piece.courierCode())
                .param("inbound", piece.inboundTracking())
                .param("merchant", piece.merchantName())
                .param("content", piece.content())
                .param("family", piece.familyProductCode())
                .param("value", piece.declaredValue())
                .param("weight", piece.parcel().weight())
                .param("length", piece.parcel().length())
                .param("width", piece.parcel().width())
                .param("height", piece.parcel().height())
                .param("serial", piece.serialNumber())
                .update();
    }

    /**
     * The warehouse's shipment that received the package the courier delivered under this tracking
     * number (a consolidated shipment holds a copy of it too). Another warehouse's is none of its business.
     */
    Optional<Long> findByInbound(String warehouseCode, String courierCode, String inboundTracking) {
        return jdbc.sql("""
                        select trck_nmr_fol from shipment_piece
                         where warehouse_code = :warehouse and inbound_tracking = :inbound
                           and courier_code = :courier and copied_from = 0
                        """)
                .param("warehouse", warehouseCode)
                .param("courier", courierCode)
                .param("inbound", inboundTracking)
                .query(Long.class)
                .optional();
    }

    /** The time of the shipment's latest event. */
    Instant lastEventAt(long trckNmrFol) {
        return jdbc.sql("select max(occurred_at) from tracking_event where trck_nmr_fol = :trck")
                .param("trck", trckNmrFol)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
    }

    void insertEvent(long trckNmrFol, TrackingEvent event) {
        jdbc.sql("""
                        insert into tracking_event (trck_nmr_fol, code, occurred_at, recorded_at, iata_code,
                               observation, visible, recorded_by)
                        values (:trck, :code, :occurredAt, :recordedAt, :iata, :observation, :visible, :by)
                        """)
                .param("trck", trckNmrFol)
                .param("code", event.status().code())
                .param("occurredAt", utc(event.occurredAt()))
                .param("recordedAt", utc(event.recordedAt()))
                .param("iata", event.iataCode())
                .param("observation", event.observation())
                .param("visible", event.visible())
                .param("by", event.recordedBy())
                .update();
    }

    /** The shipment's status and warehouse, its row locked until the transaction ends. */
    record Locked(ShipmentStatus status, String warehouseCode, int copaId, long custId) {}

    Optional<Locked> lock(long trckNmrFol) {
        return jdbc.sql(
                        "select status, warehouse_code, copa_id, cust_id from shipment where trck_nmr_fol = :trck for update")
                .param("trck", trckNmrFol)
                .query((rs, n) -> new Locked(
                        ShipmentStatus.valueOf(rs.getString("status")),
                        rs.getString("warehouse_code"),
                        rs.getInt("copa_id"),
                        rs.getLong("cust_id")))
                .optional();
    }

    /** The warehouse the shipment is in, read without loading the shipment. */
    Optional<String> warehouseOf(long trckNmrFol) {
        return jdbc.sql("select warehouse_code from shipment where trck_nmr_fol = :trck")
                .param("trck", trckNmrFol)
                .query(String.class)
                .optional();
    }

    /** The shipment's row, locked, if it is in this warehouse; otherwise it is not found. */
    Locked lockIn(String warehouseCode, long trckNmrFol) {
        return lock(trckNmrFol)
                .filter(locked -> locked.warehouseCode().equals(warehouseCode))
                .orElseThrow(ShipmentNotFound::new);
    }

    void updateStatus(long trckNmrFol, ShipmentStatus status, @Nullable Instant manifestedAt) {
        expectOne(
                jdbc.sql("""
                                update shipment set status = :status,
                                       manifested_at = coalesce(manifested_at, :manifestedAt)
                                 where trck_nmr_fol = :trck
                                """)
                        .param("status", status.name())
                        .param(
                                "manifestedAt",
                                manifestedAt == null ? null : utc(manifestedAt),
                                Types.TIMESTAMP_WITH_TIMEZONE)
                        .param("trck", trckNmrFol)
                        .update(),
                trckNmrFol);
    }

    void updateProcessing(
            long trckNmrFol,
            Parcel parcel,
            int divisor,
            BigDecimal volumetric,
            BigDecimal charged,
            Charges charges,
            String by) {
        expectOne(
                jdbc.sql("""
                                update shipment
                                   set physical_weight = :weight, volumetric_weight = :volumetric,
                                       charged_weight = :charged, volumetric_divisor = :divisor, length_in = :length,
                                       width_in = :width,
                                       height_in = :height, shipping_rate = :rate, shipping_discount = :discount,
                                       processed_by = :by
                                 where trck_nmr_fol = :trck
                                """)
                        .param("weight", parcel.weight())
                        .param("volumetric", volumetric)
                        .param("charged", charged)
                        .param("divisor", divisor)
                        .param("length", parcel.length())
                        .param("width", parcel.width())
                        .param("height", parcel.height())
                        .param("rate", charges.rate())
                        .param("discount", charges.discount())
                        .param("by", by)
                        .param("trck", trckNmrFol)
                        .update(),
                trckNmrFol);
    }

    void insertPhoto(long trckNmrFol, String reference, Instant now, String by) {
        jdbc.sql("""
                        insert into shipment_photo (trck_nmr_fol, reference, recorded_at, recorded_by)
                        values (:trck, :reference, :now, :by)
                        """)
                .param("trck", trckNmrFol)
                .param("reference", reference)
                .param("now", utc(now))
                .param("by", by)
                .update();
    }

    /** Replaces the shipment's typed invoice lines. */
    void replaceInvoiceLines(long trckNmrFol, List<InvoiceLine> lines) {
        jdbc.sql("delete from invoice_line where trck_nmr_fol = :trck")
                .param("trck", trckNmrFol)
                .update();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            jdbc.sql("""
                            insert into invoice_line (trck_nmr_fol, line_no, quantity, description, price_value,
                                   reference_code)
                            values (:trck, :lineNo, :quantity, :description, :price, :reference)
                            """)
                    .param("trck", trckNmrFol)
                    .param("lineNo", i + 1)
                    .param("quantity", line.quantity())
                    .param("description", line.description())
                    .param("price", line.priceValue())
                    .param("reference", line.referenceCode())
                    .update();
        }
    }

    /** Whether the customer typed invoice lines for the shipment (or they were copied into it by consolidating). */
    boolean hasInvoiceLines(long trckNmrFol) {
        return jdbc.sql("select count(*) from invoice_line where trck_nmr_fol = :trck")
                        .param("trck", trckNmrFol)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The product family of the shipment's first piece. */
    Optional<String> familyOf(long trckNmrFol) {
        return jdbc.sql("select family_product_code from shipment_piece where trck_nmr_fol = :trck and item_piece = 1")
                .param("trck", trckNmrFol)
                .query(String.class)
                .optional();
    }

    /** The reasons of the shipment's open holds. */
    Set<HoldReason> openHolds(long trckNmrFol) {
        return jdbc.sql("select reason from shipment_hold where trck_nmr_fol = :trck and cleared_at is null")
                .param("trck", trckNmrFol)
                .query((rs, n) -> HoldReason.valueOf(rs.getString("reason")))
                .set();
    }

    /** Whether a hold of that reason was ever raised on the shipment, open or cleared. */
    boolean everHeld(long trckNmrFol, HoldReason reason) {
        return jdbc.sql("select count(*) from shipment_hold where trck_nmr_fol = :trck and reason = :reason")
                        .param("trck", trckNmrFol)
                        .param("reason", reason.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** @param byRule whether an invoice rule raised it (the customer's invoice then clears it), not staff */
    void raiseHold(long trckNmrFol, HoldReason reason, Instant now, String by, boolean byRule) {
        jdbc.sql("""
                        insert into shipment_hold (trck_nmr_fol, reason, raised_at, raised_by, raised_by_rule)
                        values (:trck, :reason, :now, :by, :byRule)
                        """)
                .param("trck", trckNmrFol)
                .param("reason", reason.name())
                .param("now", utc(now))
                .param("by", by)
                .param("byRule", byRule)
                .update();
    }

    /** Clears the open hold of that reason only if an invoice rule raised it; answers whether it did. */
    boolean clearRuleHold(long trckNmrFol, HoldReason reason, Instant now, String by) {
        return jdbc.sql("""
                                update shipment_hold set cleared_at = :now, cleared_by = :by
                                 where trck_nmr_fol = :trck and reason = :reason and cleared_at is null
                                   and raised_by_rule
                                """)
                        .param("now", utc(now))
                        .param("by", by)
                        .param("trck", trckNmrFol)
                        .param("reason", reason.name())
                        .update()
                > 0;
    }

    /** Makes the open hold of that reason staff's if a rule raised it; answers whether it was the rule's. */
    boolean takeOverRuleHold(long trckNmrFol, HoldReason reason) {
        return jdbc.sql("""
                                update shipment_hold set raised_by_rule = false
                                 where trck_nmr_fol = :trck and reason = :reason and cleared_at is null
                                   and raised_by_rule
                                """)
                        .param("trck", trckNmrFol)
                        .param("reason", reason.name())
                        .update()
                > 0;
    }

    /** Answers whether an open hold was cleared. */
    boolean clearHold(long trckNmrFol, HoldReason reason, Instant now, String by) {
        return jdbc.sql("update shipment_hold set cleared_at = :now, cleared_by = :by"
                                + " where trck_nmr_fol = :trck and reason = :reason and cleared_at is null")
                        .param("now", utc(now))
                        .param("by", by)
                        .param("trck", trckNmrFol)
                        .param("reason", reason.name())
                        .update()
                > 0;
    }

    void audit(long trckNmrFol, Instant at, String actor, String action, String detail) {
        expectOne(
                jdbc.sql("""
                                insert into shipment_audit (trck_nmr_fol, occurred_at, actor, action, detail)
                                values (:trck, :at, :actor, :action, :detail)
                                """)
                        .param("trck", trckNmrFol)
                        .param("at", utc(at))
                        .param("actor", actor)
                        .param("action", action)
                        .param("detail", detail)
                        .update(),
                trckNmrFol);
    }

    /** One shipment, whole. */
    Optional<Shipment> find(long trckNmrFol) {
        List<Shipment> found = attach(jdbc.sql(HEADER + " where s.trck_nmr_fol = :trck")
                .param("trck", trckNmrFol)
                .query(ShipmentRepository::header)
                .list());
        return found.stream().findFirst();
    }

    /** A customer's shipments received from {@code from} (included) to {@code to} (excluded), newest first. */
    List<Shipment> forCustomer(long custId, Instant from, Instant to) {
        return attach(jdbc.sql(HEADER + """
                         where s.cust_id = :custId and s.received_at >= :from and s.received_at < :to
                         order by s.received_at desc, s.trck_nmr_fol desc
                        """)
                .param("custId", custId)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(ShipmentRepository::header)
                .list());
    }

    /**
     * The warehouse's shipments holding a package delivered under this tracking number (by this
     * courier, when named), newest first: five queries, whatever their number.
     */
    List<Shipment> withPackage(String warehouseCode, @Nullable String courierCode, String inboundTracking) {
        String byCourier = courierCode == null ? "" : " and p.courier_code = :courier";
        JdbcClient.StatementSpec query = jdbc.sql(HEADER + """
                         where s.warehouse_code = :warehouse
                           and s.trck_nmr_fol in (select p.trck_nmr_fol from shipment_piece p
                                                   where p.warehouse_code = :warehouse
                                                     and p.inbound_tracking = :inbound""" + byCourier + """
                        )
                         order by s.received_at desc, s.trck_nmr_fol desc
                        """)
                .param("warehouse", warehouseCode)
                .param("inbound", inboundTracking);
        if (courierCode != null) {
            query = query.param("courier", courierCode);
        }
        return attach(query.query(ShipmentRepository::header).list());
    }

    /**
     * The shipments of a box received in a warehouse, newest first: at most {@code count}, after
     * (older than) that place.
     */
    List<Shipment> forBox(String warehouseCode, long boxId, int count, Page.@Nullable Position after) {
        String older =
                after == null ? "" : " and (s.received_at < :at or (s.received_at = :at and s.trck_nmr_fol < :id))";
        JdbcClient.StatementSpec page = jdbc.sql(HEADER + """
                         where s.warehouse_code = :warehouse and c.box_id = :boxId""" + older + """

                         order by s.received_at desc, s.trck_nmr_fol desc
                         limit :count
                        """)
                .param("warehouse", warehouseCode)
                .param("boxId", boxId)
                .param("count", count);
        if (after != null) {
            page = page.param("at", utc(after.at())).param("id", after.id());
        }
        return attach(page.query(ShipmentRepository::header).list());
    }

    /** Pieces and events for all the shipments at once: two queries, whatever their number. */
    private List<Shipment> attach(List<Shipment> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<Long, List<Piece>> pieces = new LinkedHashMap<>();
        Map<Long, List<TrackingEvent>> events = new LinkedHashMap<>();
        Map<Long, List<String>> photos = new LinkedHashMap<>();
        Map<Long, List<InvoiceLine>> invoices = new LinkedHashMap<>();
        List<Long> numbers = headers.stream().map(Shipment::trckNmrFol).toList();
        numbers.forEach(n -> {
            pieces.put(n, new ArrayList<>());
            events.put(n, new ArrayList<>());
            photos.put(n, new ArrayList<>());
            invoices.put(n, new ArrayList<>());
        });
        jdbc.sql("""
                        select p.* from shipment_piece p
                         where p.trck_nmr_fol in (:numbers)
                         order by p.trck_nmr_fol, p.item_piece
                        """).param("numbers", numbers).query(rs -> {
            pieces.get(rs.getLong("trck_nmr_fol")).add(piece(rs));
        });
        nameFamilies(headers, pieces);
        jdbc.sql(
                        "select * from tracking_event where trck_nmr_fol in (:numbers) order by trck_nmr_fol, occurred_at, event_id")
                .param("numbers", numbers)
                .query(rs -> {
                    events.get(rs.getLong("trck_nmr_fol")).add(event(rs));
                });
        jdbc.sql(
                        "select trck_nmr_fol, reference from shipment_photo where trck_nmr_fol in (:numbers) order by photo_id")
                .param("numbers", numbers)
                .query(rs -> {
                    photos.get(rs.getLong("trck_nmr_fol")).add(rs.getString("reference"));
                });
        jdbc.sql("select * from invoice_line where trck_nmr_fol in (:numbers) order by trck_nmr_fol, line_no")
                .param("numbers", numbers)
                .query(rs -> {
                    invoices.get(rs.getLong("trck_nmr_fol"))
                            .add(new InvoiceLine(
                                    rs.getInt("quantity"),
                                    rs.getString("description"),
                                    rs.getBigDecimal("price_value"),
                                    rs.getString("reference_code")));
                });
        return headers.stream()
                .map(h -> withDetails(
                        h,
                        pieces.get(h.trckNmrFol()),
                        events.get(h.trckNmrFol()),
                        photos.get(h.trckNmrFol()),
                        invoices.get(h.trckNmrFol())))
                .toList();
    }

    /**
     * Gives each piece its product family's names, "" where its partner has not named it: the
     * families of all the shipments' partners in one query, none when no piece names a family.
     */
    private void nameFamilies(List<Shipment> headers, Map<Long, List<Piece>> pieces) {
        Map<Long, Integer> partnerOf = new HashMap<>();
        headers.forEach(h -> partnerOf.put(h.trckNmrFol(), h.copaId()));
        Set<Integer> partners = new HashSet<>();
        pieces.forEach((trck, list) -> {
            if (list.stream().anyMatch(p -> !p.familyProductCode().isEmpty())) {
                partners.add(partnerOf.get(trck));
            }
        });
        if (partners.isEmpty()) {
            return;
        }
        record Key(int copaId, String code) {}
        Map<Key, ProductFamily> families = new HashMap<>();
        rules.families(partners).forEach(f -> families.put(new Key(f.copaId(), f.code()), f));
        pieces.forEach((trck, list) -> list.replaceAll(p -> {
            ProductFamily family = families.get(new Key(partnerOf.get(trck), p.familyProductCode()));
            return family == null ? p : p.named(family.nameEng(), family.nameEsp());
        }));
    }

    private static Shipment withDetails(
            Shipment h,
            List<Piece> pieces,
            List<TrackingEvent> events,
            List<String> photos,
            List<InvoiceLine> invoice) {
        return new Shipment(
                h.trckNmrFol(),
                h.custId(),
                h.boxId(),
                h.copaId(),
                h.partnerName(),
                h.languageCode(),
                h.warehouse(),
                h.status(),
                h.receivedAt(),
                h.manifestedAt(),
                h.physicalWeight(),
                h.volumetricWeight(),
                h.chargedWeight(),
                h.length(),
                h.width(),
                h.height(),
                h.volumetricDivisor(),
                h.charges(),
                h.invoiceRequired(),
                h.onHold(),
                h.consolidationRequests(),
                h.invoiceFile(),
                pieces,
                events,
                photos,
                invoice);
    }

    private static Shipment header(ResultSet rs, int row) throws SQLException {
        return new Shipment(
                rs.getLong("trck_nmr_fol"),
                rs.getLong("cust_id"),
                rs.getLong("box_id"),
                rs.getInt("copa_id"),
                rs.getString("partner_name"),
                rs.getString("language_code"),
                new Warehouse(
                        rs.getString("warehouse_code"),
                        rs.getString("warehouse_name"),
                        rs.getString("company_address"),
                        rs.getString("us_address"),
                        rs.getString("iata_code"),
                        rs.getInt("office_code")),
                ShipmentStatus.valueOf(rs.getString("status")),
                instant(rs, "received_at"),
                nullableInstant(rs, "manifested_at"),
                rs.getBigDecimal("physical_weight"),
                rs.getBigDecimal("volumetric_weight"),
                rs.getBigDecimal("charged_weight"),
                rs.getBigDecimal("length_in"),
                rs.getBigDecimal("width_in"),
                rs.getBigDecimal("height_in"),
                rs.getInt("volumetric_divisor"),
                new Charges(rs.getBigDecimal("shipping_rate"), rs.getBigDecimal("shipping_discount")),
                rs.getBoolean("invoice_required"),
                rs.getBoolean("on_hold"),
                rs.getInt("consolidation_requests"),
                rs.getObject("invoice_id") == null ? null : InvoiceFileRepository.file(rs),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static Piece piece(ResultSet rs) throws SQLException {
        return new Piece(
                rs.getInt("item_piece"),
                rs.getString("courier_code"),
                rs.getString("inbound_tracking"),
                rs.getString("merchant_name"),
                rs.getString("content"),
                rs.getString("family_product_code"),
                "",
                "",
                rs.getBigDecimal("declared_value"),
                new Parcel(
                        rs.getBigDecimal("physical_weight"),
                        rs.getBigDecimal("length_in"),
                        rs.getBigDecimal("width_in"),
                        rs.getBigDecimal("height_in")),
                rs.getString("serial_number"));
    }

    private static TrackingEvent event(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        return new TrackingEvent(
                ShipmentStatus.ofCode(code).orElseThrow(() -> new IllegalStateException("Unknown stored code " + code)),
                instant(rs, "occurred_at"),
                instant(rs, "recorded_at"),
                rs.getString("iata_code"),
                rs.getString("observation"),
                rs.getBoolean("visible"),
                rs.getString("recorded_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void expectOne(int rows, long trckNmrFol) {
        if (rows != 1) {
            throw new IllegalStateException("Expected to change 1 row of shipment " + trckNmrFol + ", changed " + rows);
        }
    }
}
