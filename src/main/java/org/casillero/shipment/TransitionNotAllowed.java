package org.casillero.shipment;

import org.casillero.shared.BoxException;

/** A tracking event that the transition table does not allow from the shipment's status. */
public final class TransitionNotAllowed extends BoxException {
    TransitionNotAllowed(long trckNmrFol, ShipmentStatus from, ShipmentStatus to) {
        super(
                "Shipment " + trckNmrFol + " is " + from.code() + " (" + from.english() + ") and cannot move to "
                        + to.code() + " (" + to.english() + ").",
                "code");
    }
}
