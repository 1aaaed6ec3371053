package org.casillero.shipment;

import org.casillero.shared.BoxException;

/** No unidentified package of this warehouse has this id. */
public final class UnidentifiedNotFound extends BoxException {
    UnidentifiedNotFound() {
        super("No unidentified package of this warehouse has the id sent.", "packageId");
    }
}
