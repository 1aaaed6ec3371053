package org.casillero.shipment;

import org.casillero.shared.InvalidField;

/**
 * Text a customer gives that staff and customs read (invoice file names, typed invoice lines): no
 * control characters (a line break forges another line) and no format characters (Unicode's Cf:
 * text direction overrides and marks, zero-width characters), which are invisible yet change what is
 * read: a file named r, U+202E, gpj.exe.pdf shows as "rfdp.exe.jpg".
 */
final class VisibleText {
    private VisibleText() {
        throw new AssertionError();
    }

    static void require(String field, String text) {
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidField(field, "must not contain control characters");
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            throw new InvalidField(field, "must not contain format characters (such as text direction marks)");
        }
    }
}
