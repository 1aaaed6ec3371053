package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shipment.ShipmentConsolidation.RequestedShipment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Consolidation requests and the shipments they name. */
@Repository
class ConsolidationRepository {
    static final String OPEN = "OPEN";

    private final JdbcClient jdbc;

    ConsolidationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long custId, Instant now, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into consolidation_request (cust_id, requested_at, requested_by, status)
                        values (:custId, :now, :by, :status)
                        """)
                .param("custId", custId)
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
}
