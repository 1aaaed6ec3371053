package org.casillero.geo;

import org.casillero.shared.BoxException;

/** An operator's import that cannot be applied: what is wrong, file and line by file and line. Nothing was changed. */
public final class GeoImportRefused extends BoxException {
    GeoImportRefused(String description) {
        super(description, "");
    }
}
