package org.casillero.payment;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is kept of a card the gateway accepted: never its number or security code. The fingerprints
 * are HMACs of the number under the server secret's keys (hex), the same for the same card on any box:
 * one under each key version held, the current first (the card's own), so that the card is found
 * beside cards fingerprinted under an older version.
 */
public record VerifiedCard(
        CardBrand brand,
        String lastFour,
        YearMonth expiry,
        String holderName,
        List<Fingerprint> fingerprints,
        @Nullable String gatewayToken) {

    public VerifiedCard {
        fingerprints = List.copyOf(fingerprints);
    }

    /** The card's own fingerprint: under the current version. */
    public Fingerprint own() {
        return fingerprints.getFirst();
    }

    /** The own fingerprint's value. */
    public String fingerprint() {
        return own().value();
    }

    /** The card as its holder recognizes it: {@code MASTER ending 4444}. */
    public String label() {
        return StoredCard.label(brand, lastFour);
    }

    @Override
    public String toString() {
        return "VerifiedCard[" + brand + " ending " + lastFour + ", expiring " + expiry + "]";
    }
}
