package org.casillero.shipment;

import java.math.BigDecimal;
import org.casillero.shared.Measures.Parcel;

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
        String serialNumber) {
    /** The piece with its product family's names. */
    Piece named(String nameEng, String nameEsp) {
        return new Piece(
                itemPiece,
                courierCode,
                inboundTracking,
                merchantName,
                content,
                familyProductCode,
                nameEng,
                nameEsp,
                declaredValue,
                parcel,
                serialNumber);
    }
}
