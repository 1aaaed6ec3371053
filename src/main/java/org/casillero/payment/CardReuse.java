package org.casillero.payment;

import java.util.List;

/** A box's card, and the other boxes that attached the same card (the same fingerprint). */
public record CardReuse(StoredCard card, List<Long> otherBoxIds) {
    public CardReuse {
        otherBoxIds = List.copyOf(otherBoxIds);
    }
}
