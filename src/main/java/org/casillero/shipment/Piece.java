package org.casillero.shipment;

import java.math.BigDecimal;
import org.casillero.shipment.Measures.Parcel;

/**
 * One package of a shipment as the warehouse received it (the Box API's {@code detail[]}): the
 * courier that brought it and its tracking number there, the merchant, what it holds, its product
 * family (with its names, "" where the partner has not named it), declared value in dollars, weight
 * and box.
 */
public record Piece(
        int itemPiece,
        String courierCode,
        String inboundTracking,
        String merchantName,
        String content,
        String familyProductCode,
        String familyNameEng,
        String familyNameEsp,
        BigDecimal declaredValue,
        Parcel parcel,
        String serialNumber) {}
