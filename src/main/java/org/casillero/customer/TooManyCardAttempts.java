package org.casillero.customer;

import org.casillero.shared.BoxException;

/**
 * Too many cards were refused lately, for this box or from where this attempt comes (its API user or
 * client address): no card is taken until the lockout ends.
 */
public final class TooManyCardAttempts extends BoxException {
    private TooManyCardAttempts(String refused, long minutes) {
        super(
                "Too many cards were refused " + refused + ": try again in " + minutes
                        + (minutes == 1 ? " minute." : " minutes."),
                "customerCreditCard[0]");
    }

    static TooManyCardAttempts forBox(long minutes) {
        return new TooManyCardAttempts("for this box", minutes);
    }

    /** Said alike for an API user and a client address: the caller need not learn which tripped. */
    static TooManyCardAttempts lately(long minutes) {
        return new TooManyCardAttempts("lately", minutes);
    }
}
