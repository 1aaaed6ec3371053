package org.casillero.customer;

import org.casillero.shared.BoxException;

/** The partner already has a customer with this e-mail address (the reference's own wording). */
public final class EmailAlreadyRegistered extends BoxException {
    EmailAlreadyRegistered() {
        this("customerEmail");
    }

    EmailAlreadyRegistered(String field) {
        super("The email account sent is already registered and associated with a box.", field);
    }
}
