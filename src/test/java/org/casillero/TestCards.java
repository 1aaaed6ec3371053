package org.casillero;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * Card numbers for tests: random digits after a brand's prefix, completed with a valid check digit
 * (Luhn), so that each test's number is one no log line, row or answer could hold by chance.
 */
public final class TestCards {
    /** The service's default time zone, where expiry months are judged. */
    public static final ZoneId SERVICE_ZONE = ZoneId.of("America/New_York");

    private TestCards() {
        throw new AssertionError();
    }

    /** A number of {@code length} digits starting with {@code prefix}, with a valid check digit. */
    public static String number(String prefix, int length) {
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < length - 1) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.append(checkDigit(digits.toString())).toString();
    }

    public static String visa() {
        return number("4", 16);
    }

    public static String master() {
        return number("5" + (1 + ThreadLocalRandom.current().nextInt(5)), 16);
    }

    public static String amex() {
        return number("37", 15);
    }

    public static String diners() {
        return number("36", 14);
    }

    /** The same number with its check digit wrong. */
    public static String withWrongCheckDigit(String number) {
        char last = number.charAt(number.length() - 1);
        return number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    /** An expiry month {@code months} from this one, as the WordPress plugin sends it: {@code 2031-5-01}. */
    public static String expiry(int months) {
        YearMonth month = YearMonth.now(SERVICE_ZONE).plusMonths(months);
        return month.getYear() + "-" + month.getMonthValue() + "-01";
    }

    /** A card as the Box API takes it, every value as text. */
    public static ObjectNode card(String brand, String number, String expiry, String securityCode) {
        ObjectNode card = BoxClient.JSON.createObjectNode();
        card.put("cc_type_name", brand);
        card.put("cc_holder_name", "John Doe");
        card.put("cc_number", number);
        card.put("cc_expiration_date", expiry);
        card.put("cc_security_code", securityCode);
        return card;
    }

    /** The Luhn check digit that completes these digits. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, position = 1; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
