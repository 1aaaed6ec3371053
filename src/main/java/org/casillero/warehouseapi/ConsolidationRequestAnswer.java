package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.casillero.shipment.ConsolidationRequest;
import org.jspecify.annotations.Nullable;

/** A request, its decision, and the shipments it names as they are now. (Published as RequestView.) */
@Schema(name = "RequestView")
record ConsolidationRequestAnswer(
        long requestId,
        long boxId,
        String status,
        Instant requestedAt,
        String requestedBy,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable Long consolidatedInto,
        String refusalReason,
        List<RequestedShipmentAnswer> shipments) {
    static ConsolidationRequestAnswer of(ConsolidationRequest r) {
        return new ConsolidationRequestAnswer(
                r.requestId(),
                r.boxId(),
                r.status().name(),
                r.requestedAt(),
                r.requestedBy(),
                r.decidedAt(),
                r.decidedBy(),
                r.consolidatedInto(),
                r.refusalReason(),
                r.items().stream().map(RequestedShipmentAnswer::of).toList());
    }
}
