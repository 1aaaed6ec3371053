package org.casillero.shared;

import java.util.Arrays;

/**
 * Text too sensitive to keep or print, such as a card number or security code: its characters live
 * in an array that {@link #close()} overwrites, and it never prints ({@code [sensitive]}), so that it
 * cannot reach a log line, a message or an answer by accident. Equal only to itself.
 */
public final class SensitiveText implements AutoCloseable {
    private final char[] chars;

    /** Takes the array as it is: the caller hands it over and keeps no other use of it. */
    public SensitiveText(char[] chars) {
        this.chars = chars;
    }

    public int length() {
        return chars.length;
    }

    public char charAt(int index) {
        return chars[index];
    }

    /** Overwrites the characters: what is left reads as NULs. */
    @Override
    public void close() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "[sensitive]";
    }
}
