package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.casillero.shipment.UnidentifiedPackage;

/** A package waiting for a box: what its label said and what was received. */
@Schema(name = "UnidentifiedView")
record UnidentifiedAnswer(
        long packageId,
        String labelText,
        String courier,
        String inboundTracking,
        String merchant,
        String content,
        BigDecimal declaredValue,
        BigDecimal weight,
        Instant receivedAt,
        String receivedBy) {
    static UnidentifiedAnswer of(UnidentifiedPackage p) {
        return new UnidentifiedAnswer(
                p.packageId(),
                p.labelText(),
                p.received().courierCode(),
                p.received().inboundTracking(),
                p.received().merchantName(),
                p.received().content(),
                p.received().declaredValue(),
                p.received().parcel().weight(),
                p.receivedAt(),
                p.receivedBy());
    }
}
