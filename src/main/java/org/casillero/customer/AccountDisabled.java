package org.casillero.customer;

import org.casillero.shared.BoxException;

/**
 * The customer's account is disabled: it cannot log in nor be changed (told only to a caller who
 * knows the password or the key).
 */
public final class AccountDisabled extends BoxException {
    AccountDisabled() {
        super("The customer account is disabled.", "");
    }
}
