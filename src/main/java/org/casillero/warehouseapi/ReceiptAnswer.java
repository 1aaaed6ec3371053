package org.casillero.warehouseapi;

import org.casillero.shipment.ShipmentIntake.Receipt;
import org.jspecify.annotations.Nullable;

/** The shipment that holds the package, or the unidentified package it is, and whether this scan made it. */
record ReceiptAnswer(@Nullable Long trckNmrFol, @Nullable Long unidentifiedId, boolean created) {
    static ReceiptAnswer of(Receipt receipt) {
        return new ReceiptAnswer(receipt.trckNmrFol(), receipt.unidentifiedId(), receipt.created());
    }
}
