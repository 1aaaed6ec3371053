package org.casillero.shipment;

import org.casillero.shared.BoxException;

/** No shipment of the caller's has this number: unknown and another's get the same answer. */
public final class ShipmentNotFound extends BoxException {
    ShipmentNotFound() {
        super("No shipment has the trck_nmr_fol sent.", "trckNmrFol");
    }
}
