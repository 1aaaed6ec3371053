package org.casillero.payment;

import org.casillero.shared.BoxException;

/** The payment gateway did not accept the card. */
public final class CardDeclined extends BoxException {
    CardDeclined() {
        super("The card was declined: check the payment details or use another card.", "customerCreditCard[0]");
    }
}
