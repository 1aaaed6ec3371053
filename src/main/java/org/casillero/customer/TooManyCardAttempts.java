package org.casillero.customer;

import org.casillero.shared.BoxException;

/** Too many cards were refused for this box lately: no card is taken until the lockout ends. */
public final class TooManyCardAttempts extends BoxException {
    TooManyCardAttempts(long minutes) {
        super(
                "Too many cards were refused for this box: try again in " + minutes
                        + (minutes == 1 ? " minute." : " minutes."),
                "customer_credit_card[0]");
    }
}
