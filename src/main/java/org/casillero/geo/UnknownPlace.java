package org.casillero.geo;

import org.casillero.shared.BoxException;

/** No country or state has the code sent. */
public final class UnknownPlace extends BoxException {
    UnknownPlace(String location) {
        super("No " + location.replace("_code", "") + " has the " + location + " sent.", location);
    }
}
