package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.casillero.shipment.ConsolidationRequest.Item;
import org.jspecify.annotations.Nullable;

/**
 * A requested shipment: its courier's tracking number and merchant (its first package's), the
 * declared value and invoice link the customer's client sent, its status and warehouse now.
 * (Published as ShipmentItem.)
 */
@Schema(name = "ShipmentItem")
record RequestedShipmentAnswer(
        long trckNmrFol,
        String externalTracking,
        String merchant,
        BigDecimal declaredValue,

        @Schema(
                description = "The invoice link the customer's client sent: an absolute http or https"
                        + " address, or null when it sent none (or something else, which is never shown)",
                nullable = true)
        @Nullable
        String invoiceUrl,

        String status,
        String code,
        String warehouse) {
    static RequestedShipmentAnswer of(Item item) {
        return new RequestedShipmentAnswer(
                item.trckNmrFol(),
                item.externalTracking(),
                item.merchant(),
                item.declaredValue(),
                item.invoiceUrl(),
                item.status().name(),
                item.status().code(),
                item.warehouseCode());
    }
}
