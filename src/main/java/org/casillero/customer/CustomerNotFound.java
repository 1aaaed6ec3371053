package org.casillero.customer;

import org.casillero.shared.BoxException;

/** No customer matches: no customer of the caller's partners has this e-mail, or no customer has this box id. */
public final class CustomerNotFound extends BoxException {
    CustomerNotFound() {
        super("No customer is registered with the email account sent.", "customer_email");
    }

    private CustomerNotFound(String description, String location) {
        super(description, location);
    }

    static CustomerNotFound withBoxId(String location) {
        return new CustomerNotFound("No customer has this box id.", location);
    }
}
