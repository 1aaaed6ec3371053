package org.casillero.payment;

import java.time.Instant;
import java.time.YearMonth;

/** A card attached to a box, as kept: brand, last four digits, expiry month, holder, when. */
public record StoredCard(CardBrand brand, String lastFour, YearMonth expiry, String holderName, Instant attachedAt) {
    /** The card as its holder recognizes it: {@code MASTER ending 4444}. */
    public String label() {
        return label(brand, lastFour);
    }

    static String label(CardBrand brand, String lastFour) {
        return brand + " ending " + lastFour;
    }
}
