package org.casillero.shipment;

import org.casillero.shared.BoxException;

/** The box a package is addressed to does not exist, cannot receive packages, or the label does not name one. */
public final class UnknownBox extends BoxException {
    UnknownBox(String field) {
        super("No box that can receive packages answers to the " + field + " sent.", field);
    }
}
