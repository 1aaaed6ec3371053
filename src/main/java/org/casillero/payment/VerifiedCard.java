package org.casillero.payment;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * What is kept of a card the gateway accepted: never its number or security code. The fingerprint
 * is an HMAC of the number under the server secret (hex), the same for the same card on any box.
 */
public record VerifiedCard(
        CardBrand brand,
        String lastFour,
        YearMonth expiry,
        String holderName,
        String fingerprint,
        @Nullable String gatewayToken) {

    /** The card as its holder recognizes it: {@code MASTER ending 4444}. */
    public String label() {
        return StoredCard.label(brand, lastFour);
    }

    @Override
    public String toString() {
        return "VerifiedCard[" + brand + " ending " + lastFour + ", expiring " + expiry + "]";
    }
}
