package org.casillero.customer;

import java.util.Locale;

/** E-mail addresses compare case-insensitively: they are kept and answered upper-cased. */
final class Emails {
    private Emails() {
        throw new AssertionError();
    }

    static String normalize(String email) {
        return email.strip().toUpperCase(Locale.ROOT);
    }
}
