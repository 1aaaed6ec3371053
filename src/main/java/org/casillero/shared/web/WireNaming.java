package org.casillero.shared.web;

import tools.jackson.databind.PropertyNamingStrategies;

/**
 * The Box API's property names: Java's {@code customerBirthDate} is the wire's
 * {@code customer_birth_date}, and a run of digits is a word of its own ({@code address01} is
 * {@code address_01}). A field's neutral path ({@link org.casillero.shared.InvalidField}) is named
 * the same way, word by word ({@link #toWirePath}).
 */
final class WireNaming extends PropertyNamingStrategies.NamingBase {
    static final WireNaming INSTANCE = new WireNaming();

    @Override
    public String translate(String javaName) {
        return toWire(javaName);
    }

    static String toWire(String javaName) {
        StringBuilder wire = new StringBuilder(javaName.length() + 8);
        char previous = 0;
        for (char c : javaName.toCharArray()) {
            boolean startsWord = Character.isUpperCase(c) || (Character.isDigit(c) && !Character.isDigit(previous));
            if (startsWord && wire.length() > 0) {
                wire.append('_');
            }
            wire.append(Character.toLowerCase(c));
            previous = c;
        }
        return wire.toString();
    }

    /**
     * A neutral property path as the wire names it: {@code customerAddress[0].cityCode} is
     * {@code customer_address[0].city_code}. Indices and dots stay as they are, each name between them
     * is translated as {@link #toWire} does (and a name in snake_case, {@code address_01}, stays as it
     * is).
     */
    static String toWirePath(String path) {
        StringBuilder wire = new StringBuilder(path.length() + 8);
        boolean inIndex = false;
        char previous = 0;
        for (char c : path.toCharArray()) {
            if (c == '[') {
                inIndex = true;
            } else if (c == ']') {
                inIndex = false;
            } else if (!inIndex
                    && (Character.isUpperCase(c) || Character.isDigit(c) && Character.isLetter(previous))
                    && Character.isLetterOrDigit(previous)) {
                wire.append('_');
            }
            wire.append(Character.toLowerCase(c));
            previous = c;
        }
        return wire.toString();
    }
}
