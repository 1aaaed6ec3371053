package org.casillero.customer;

import org.casillero.shared.BoxException;

/** No customer matches: no customer of the caller's partners has this e-mail, or no customer has this box id. */
public final class CustomerNotFound extends BoxException {
    CustomerNotFound() {
        super("No customer is registered with the email account sent.", "customerEmail");
    }

    private CustomerNotFound(String description, String field) {
        super(description, field);
    }

    static CustomerNotFound withBoxId(String field) {
        return new CustomerNotFound("No customer has this box id.", field);
    }
}
