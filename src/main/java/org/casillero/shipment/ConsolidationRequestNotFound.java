package org.casillero.shipment;

import org.casillero.shared.BoxException;

/** No consolidation request naming a shipment of this warehouse has this id: unknown and another's alike. */
public final class ConsolidationRequestNotFound extends BoxException {
    ConsolidationRequestNotFound() {
        super("No consolidation request of this warehouse has the id sent.", "requestId");
    }
}
