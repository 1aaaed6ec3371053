package org.casillero.admin;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the commands print reaches the operator's terminal, and much of it was stored by others
 * (customers' names and e-mails, partners' names, audit reasons): a value holding an escape sequence
 * ({@code ESC ] 0 ; title BEL}, {@code ESC [ 2 J}) or its C1 form, a carriage return, or a Unicode
 * format character (a bidi override) would make the terminal retitle its window, clear the screen,
 * overprint a line or show text reversed. Every such character is printed as U+FFFD instead: in a
 * table cell all of them, line breaks and tabs too (so that a value stays in its cell); in the rest
 * of a command's output all but the line separator.
 */
final class TerminalText {
    static final char REPLACEMENT = '\uFFFD';
    private static final String LINE_SEPARATOR = System.lineSeparator();

    private TerminalText() {
        throw new AssertionError();
    }

    /** The text with every control, format and line- or paragraph-separator character replaced. */
    static String cell(String text) {
        return replaced(text, false);
    }

    /** The text with those characters replaced, but for line feeds: lines stay lines. */
    static String lines(String text) {
        return replaced(text, true);
    }

    private static String replaced(String text, boolean keepLines) {
        if (text.codePoints().noneMatch(TerminalText::commands)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (commands(c) && !(keepLines && c == '\n')) {
                safe.append(REPLACEMENT);
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }

    /** A writer onto {@code out} that replaces those characters too, but for the line separator's. */
    static PrintWriter writer(Writer out) {
        return new PrintWriter(new Replacing(out), true);
    }

    /** Whether a terminal may take the code point as (part of) a command, not as text to show. */
    static boolean commands(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Replaces char by char: a surrogate is never a control or format character on its own. */
    private static final class Replacing extends FilterWriter {
        Replacing(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(shown((char) c));
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            char[] shown = new char[length];
            for (int i = 0; i < length; i++) {
                shown[i] = shown(text[offset + i]);
            }
            out.write(shown, 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }

        private static char shown(char c) {
            return commands(c) && LINE_SEPARATOR.indexOf(c) < 0 ? REPLACEMENT : c;
        }
    }
}
