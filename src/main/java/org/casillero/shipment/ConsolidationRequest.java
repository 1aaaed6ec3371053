package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer's request to combine some of its shipments into one (customer-consolidate-awb), and what
 * staff decided: open, consolidated into a new shipment, or refused with a reason the customer sees.
 * It is the warehouse's where its shipments are (a customer asks for shipments of one warehouse).
 */
public record ConsolidationRequest(
        long requestId,
        long boxId,
        String warehouseCode,
        Status status,
        Instant requestedAt,
        String requestedBy,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable Long consolidatedInto,
        String refusalReason,
        List<Item> items) {

    public ConsolidationRequest {
        items = List.copyOf(items);
    }

    public enum Status {
        OPEN,
        CONSOLIDATED,
        REFUSED
    }

    /**
     * A shipment the request names: its courier's tracking number and merchant (its first package's),
     * the declared value and invoice link the client sent, where it is now and in which warehouse.
     *
     * @param invoiceUrl the link the client sent, if it is a web address (null when it sent none, or
     *     when what an earlier release stored is not one)
     */
    public record Item(
            long trckNmrFol,
            String externalTracking,
            String merchant,
            BigDecimal declaredValue,
            @Nullable String invoiceUrl,
            ShipmentStatus status,
            String warehouseCode) {}
}
