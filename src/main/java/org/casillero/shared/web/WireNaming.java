package org.casillero.shared.web;

import tools.jackson.databind.PropertyNamingStrategies;

/**
 * The Box API's property names: Java's {@code customerBirthDate} is the wire's
 * {@code customer_birth_date}, and a run of digits is a word of its own ({@code address01} is
 * {@code address_01}).
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
}
