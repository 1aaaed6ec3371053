package org.casillero.payment;

import java.time.YearMonth;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A card that passed Casillero's checks, as a {@link CardGateway} receives it: the number's digits
 * (spaces and dashes removed) and the security code, if one was sent, held in arrays that {@link
 * #close()} wipes once the gateway is done. It prints as {@code Card[MASTER ending 4444]}.
 */
public final class Card implements AutoCloseable {
    private final CardBrand brand;
    private final String holderName;
    private final YearMonth expiry;
    private final char[] digits;
    private final char @Nullable [] securityCode;

    Card(CardBrand brand, String holderName, YearMonth expiry, char[] digits, char @Nullable [] securityCode) {
        this.brand = brand;
        this.holderName = holderName;
        this.expiry = expiry;
        this.digits = digits;
        this.securityCode = securityCode;
    }

    public CardBrand brand() {
        return brand;
    }

    public String holderName() {
        return holderName;
    }

    public YearMonth expiry() {
        return expiry;
    }

    /** A copy of the number's digits: the caller wipes it ({@code Arrays.fill(copy, '\0')}) when done. */
    public char[] number() {
        return digits.clone();
    }

    /** A copy of the security code's digits, or null when none was sent: the caller wipes it. */
    public char @Nullable [] securityCode() {
        return securityCode == null ? null : securityCode.clone();
    }

    public String lastFour() {
        return new String(digits, digits.length - 4, 4);
    }

    @Override
    public void close() {
        Arrays.fill(digits, '\0');
        if (securityCode != null) {
            Arrays.fill(securityCode, '\0');
        }
    }

    @Override
    public String toString() {
        return "Card[" + brand + " ending " + lastFour() + "]";
    }
}
