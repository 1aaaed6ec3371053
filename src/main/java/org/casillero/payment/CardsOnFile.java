package org.casillero.payment;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cards attached to boxes: every card attached is kept (what {@link VerifiedCard} holds), the
 * latest is the box's payment method, and the fingerprint shows the same card on other boxes.
 */
@Service
public class CardsOnFile {
    private final CardRepository cards;

    CardsOnFile(CardRepository cards) {
        this.cards = cards;
    }

    /** Attaches the card to the customer's box; part of the caller's transaction. */
    @Transactional
    public void keep(long custId, VerifiedCard card, Instant attachedAt) {
        cards.insert(custId, card, attachedAt);
    }

    /** Every card attached to the box, oldest first, each with the other boxes that attached it too. */
    public List<CardReuse> ofBox(long boxId) {
        return cards.ofBox(boxId);
    }
}
