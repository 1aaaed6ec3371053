package org.casillero.customer;

import org.casillero.shared.BoxException;

/** No customer of the caller's partners has this e-mail address. */
public final class CustomerNotFound extends BoxException {
    CustomerNotFound() {
        super("No customer is registered with the email account sent.", "customer_email");
    }
}
