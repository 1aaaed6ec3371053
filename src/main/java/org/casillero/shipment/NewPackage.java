package org.casillero.shipment;

import java.math.BigDecimal;
import org.casillero.shared.Measures.Parcel;

/**
 * A package as the warehouse scans it: the courier that brought it (a code of at most five letters,
 * e.g. {@code UPS}, {@code OTR}) and its tracking number there, merchant, content, product family,
 * declared value in dollars, weight and box.
 */
public record NewPackage(
        String courierCode,
        String inboundTracking,
        String merchantName,
        String content,
        String familyProductCode,
        BigDecimal declaredValue,
        Parcel parcel,
        String serialNumber) {

    Piece asPiece(int itemPiece) {
        return new Piece(
                itemPiece,
                courierCode,
                inboundTracking,
                merchantName,
                content,
                familyProductCode,
                "",
                "",
                declaredValue,
                parcel,
                serialNumber);
    }
}
