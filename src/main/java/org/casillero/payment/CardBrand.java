package org.casillero.payment;

import java.util.Optional;

/**
 * The card brands the Box API takes ({@code cc_type_name}), each with the issuer prefixes (IIN
 * ranges) of its numbers, its number lengths and the length of its security code.
 */
public enum CardBrand {
    VISA("13, 16 or 19 digits", 3),
    MASTER("16 digits", 3),
    AMEX("15 digits", 4),
    DINERS("14 to 19 digits", 3);

    private final String lengths;
    private final int securityCodeLength;

    CardBrand(String lengths, int securityCodeLength) {
        this.lengths = lengths;
        this.securityCodeLength = securityCodeLength;
    }

    /** The brand whose issuer prefixes the number starts with, if it is one of these. */
    static Optional<CardBrand> issuerOf(char[] digits) {
        int two = prefix(digits, 2);
        int three = prefix(digits, 3);
        int four = prefix(digits, 4);
        if (digits.length > 0 && digits[0] == '4') {
            return Optional.of(VISA);
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return Optional.of(MASTER);
        }
        if (two == 34 || two == 37) {
            return Optional.of(AMEX);
        }
        if ((three >= 300 && three <= 305) || four == 3095 || two == 36 || two == 38 || two == 39) {
            return Optional.of(DINERS);
        }
        return Optional.empty();
    }

    boolean takesLength(int digits) {
        return switch (this) {
            case VISA -> digits == 13 || digits == 16 || digits == 19;
            case MASTER -> digits == 16;
            case AMEX -> digits == 15;
            case DINERS -> digits >= 14 && digits <= 19;
        };
    }

    /** Its number lengths, in words: {@code 13, 16 or 19 digits}. */
    String lengths() {
        return lengths;
    }

    int securityCodeLength() {
        return securityCodeLength;
    }

    /** The number's first {@code count} digits as a number; -1 when it is shorter. */
    private static int prefix(char[] digits, int count) {
        if (digits.length < count) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = value * 10 + (digits[i] - '0');
        }
        return value;
    }
}
