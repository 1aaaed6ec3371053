package org.casillero.warehouse;

import org.casillero.shared.BoxException;

/** No enabled staff member holds the token sent (or none was sent). */
public final class StaffUnauthorized extends BoxException {
    StaffUnauthorized() {
        super("A valid staff token is required: Authorization: Bearer TOKEN.", "");
    }
}
