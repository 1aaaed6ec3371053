package org.casillero.payment;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import org.casillero.shared.InvalidField;
import org.casillero.shared.SensitiveText;
import org.jspecify.annotations.Nullable;

/**
 * What a card must be before any gateway sees it. The number: digits only (spaces and dashes, as
 * customers copy them from the card, are ignored), a valid check digit (Luhn), an issuer prefix of
 * the brand chosen and a length of that brand. The expiry month: not past in the service's time zone,
 * at most 20 years ahead. The security code, when sent: 3 digits, 4 for AMEX. Each failure names the
 * field by its neutral path ({@code customerCreditCard[0].ccNumber}), never its value.
 */
final class CardChecks {
    static final String CARD = "customerCreditCard[0].";
    static final int MAX_YEARS_AHEAD = 20;
    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;

    private CardChecks() {
        throw new AssertionError();
    }

    /** The checked card, with arrays of its own: the entry may be wiped as soon as this returns. */
    static Card check(CardEntry entry, YearMonth thisMonth) {
        char[] digits = digits(entry.number());
        try {
            checkNumber(digits, entry.brand());
            checkExpiry(entry.expiry(), thisMonth);
            char[] code = securityCode(entry.securityCode(), entry.brand());
            return new Card(entry.brand(), entry.holderName(), entry.expiry(), digits, code);
        } catch (RuntimeException refused) {
            Arrays.fill(digits, '\0');
            throw refused;
        }
    }

    /** The number's digits, spaces and dashes left out. */
    private static char[] digits(SensitiveText number) {
        int count = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            } else if (c != ' ' && c != '-') {
                throw new InvalidField(CARD + "ccNumber", "must hold only digits (spaces and dashes are ignored)");
            }
        }
        char[] digits = new char[count];
        for (int i = 0, j = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[j++] = c;
            }
        }
        return digits;
    }

    private static void checkNumber(char[] digits, CardBrand brand) {
        if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS || !luhn(digits)) {
            throw new InvalidField(CARD + "ccNumber", "is not a valid card number");
        }
        Optional<CardBrand> issuer = CardBrand.issuerOf(digits);
        if (issuer.isEmpty()) {
            throw new InvalidField(CARD + "ccNumber", "is not the number of a VISA, DINERS, AMEX or MASTER card");
        }
        if (issuer.get() != brand) {
            throw new InvalidField(CARD + "ccTypeName", "does not match the issuer of the card number");
        }
        if (!brand.takesLength(digits.length)) {
            throw new InvalidField(CARD + "ccNumber", "must have " + brand.lengths() + " for a " + brand + " card");
        }
    }

    /** The Luhn check digit: every second digit from the right doubled, the sum a multiple of 10. */
    static boolean luhn(char[] digits) {
        int sum = 0;
        for (int i = digits.length - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits[i] - '0';
            if (position % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static void checkExpiry(YearMonth expiry, YearMonth thisMonth) {
        if (expiry.isBefore(thisMonth)) {
            throw new InvalidField(CARD + "ccExpirationDate", "has passed: the card has expired");
        }
        if (expiry.isAfter(thisMonth.plusYears(MAX_YEARS_AHEAD))) {
            throw new InvalidField(CARD + "ccExpirationDate", "is more than " + MAX_YEARS_AHEAD + " years ahead");
        }
    }

    private static char @Nullable [] securityCode(@Nullable SensitiveText code, CardBrand brand) {
        if (code == null) {
            return null;
        }
        boolean digitsOnly = true;
        for (int i = 0; i < code.length(); i++) {
            digitsOnly &= code.charAt(i) >= '0' && code.charAt(i) <= '9';
        }
        if (!digitsOnly || code.length() != brand.securityCodeLength()) {
            throw new InvalidField(
                    CARD + "ccSecurityCode",
                    "must be " + brand.securityCodeLength() + " digits"
                            + (brand == CardBrand.AMEX ? " for an AMEX card" : ""));
        }
        char[] copy = new char[code.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = code.charAt(i);
        }
        return copy;
    }
}
