package org.casillero.shared;

import org.jspecify.annotations.Nullable;

/**
 * A value that came from outside (a request, a database's error detail that quotes a request's
 * value) made fit for one log line: control and format characters (line breaks, escape sequences,
 * bidirectional overrides) shown as {@code \\uXXXX}, so that no value ends a line and starts a
 * forged one, and the text shortened to 500 characters.
 */
public final class LogText {
    private static final int MAX = 500;

    private LogText() {
        throw new AssertionError();
    }

    public static String printable(@Nullable Object value) {
        String text = String.valueOf(value);
        StringBuilder shown = new StringBuilder(Math.min(text.length(), MAX) + 16);
        int i = 0;
        for (; i < text.length() && shown.length() < MAX; i++) {
            char c = text.charAt(i);
            if (breaksTheLine(c)) {
                shown.append("\\u").append(String.format("%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return i < text.length() ? shown.append("...").toString() : shown.toString();
    }

    private static boolean breaksTheLine(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
