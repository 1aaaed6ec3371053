package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.casillero.shipment.Piece;
import org.casillero.shipment.Shipment;
import org.jspecify.annotations.Nullable;

/**
 * A shipment as staff see it: every event, the internal ones too. (Published in the OpenAPI document
 * under its first name, ShipmentView.)
 */
@Schema(name = "ShipmentView")
record ShipmentAnswer(
        long trckNmrFol,
        long boxId,
        int copaId,
        String warehouse,
        String status,
        String code,
        Instant receivedAt,
        @Nullable Instant manifestedAt,
        BigDecimal physicalWeight,
        BigDecimal volumetricWeight,
        BigDecimal chargedWeight,
        BigDecimal length,
        BigDecimal width,
        BigDecimal height,
        BigDecimal shippingRate,
        BigDecimal shippingDiscount,
        BigDecimal shippingTotal,
        List<Piece> pieces,
        List<EventAnswer> events,
        List<String> photos) {

    static ShipmentAnswer of(Shipment s) {
        return new ShipmentAnswer(
                s.trckNmrFol(),
                s.boxId(),
                s.copaId(),
                s.warehouse().code(),
                s.status().name(),
                s.status().code(),
                s.receivedAt(),
                s.manifestedAt(),
                s.physicalWeight(),
                s.volumetricWeight(),
                s.chargedWeight(),
                s.length(),
                s.width(),
                s.height(),
                s.charges().rate(),
                s.charges().discount(),
                s.charges().total(),
                s.pieces(),
                s.events().stream().map(EventAnswer::of).toList(),
                s.photos());
    }
}
