package org.casillero.shipment.web;

import org.casillero.shared.BoxException;

/**
 * No shipment was received in the window: one failed element rather than an empty list, as every
 * list of the Box API answers nothing found (README, wire rules).
 */
final class NoShipments extends BoxException {
    NoShipments() {
        super("No shipment was received in the dates sent.", "");
    }
}
