package org.casillero.customer;

import org.casillero.shared.BoxException;

/** Logins for this account or from this client address are refused for a while after repeated failures. */
public final class TooManyLoginAttempts extends BoxException {
    TooManyLoginAttempts(long minutes) {
        super(
                "Too many failed login attempts: try again in " + minutes + (minutes == 1 ? " minute." : " minutes."),
                "");
    }
}
