package org.casillero.shipment;

import org.casillero.shared.BoxException;

/**
 * A shipment of a consolidation request can no longer be consolidated: it moved on since the customer
 * asked (processed, say), is in another warehouse, or is held. Nothing is consolidated.
 */
public final class ShipmentNotConsolidable extends BoxException {
    private ShipmentNotConsolidable(String description) {
        super(description, "");
    }

    static ShipmentNotConsolidable moved(long trckNmrFol, ShipmentStatus status) {
        return new ShipmentNotConsolidable("Shipment " + trckNmrFol + " is " + status.code() + " (" + status.english()
                + ") now: only received shipments can be consolidated. Refuse the request instead.");
    }

    /** Never names the shipment: it is another warehouse's, whose staff alone may know of it. */
    static ShipmentNotConsolidable elsewhere() {
        return new ShipmentNotConsolidable("A shipment of the request is in another warehouse: a consolidation"
                + " takes the shipments of one warehouse. Refuse the request instead.");
    }

    static ShipmentNotConsolidable held(long trckNmrFol, String holds) {
        return new ShipmentNotConsolidable(
                "Shipment " + trckNmrFol + " is held (" + holds + "): clear its holds or refuse the request.");
    }
}
