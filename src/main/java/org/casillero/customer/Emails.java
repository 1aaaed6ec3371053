package org.casillero.customer;

import java.util.Locale;
import org.casillero.shared.InvalidField;

/** E-mail addresses compare case-insensitively: they are kept and answered upper-cased. */
final class Emails {
    private Emails() {
        throw new AssertionError();
    }

    /** The longest e-mail address kept (the column's length, RFC 5321's limit). */
    static final int MAX_LENGTH = 254;

    static String normalize(String email) {
        return email.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The address as kept, refused as the request's {@code field} when it is too long: upper-casing
     * can lengthen an address ({@code ß} becomes {@code SS}) that was short enough as sent.
     */
    static String normalizeToKeep(String email, String field) {
        String normalized = normalize(email);
        if (normalized.length() > MAX_LENGTH) {
            throw new InvalidField(field, "must be at most " + MAX_LENGTH + " characters long");
        }
        return normalized;
    }
}
