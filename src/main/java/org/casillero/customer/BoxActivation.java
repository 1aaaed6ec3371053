package org.casillero.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.casillero.customer.CustomerRepository.ActivationRow;
import org.casillero.payment.CardDeclined;
import org.casillero.payment.CardEntry;
import org.casillero.payment.CardVerification;
import org.casillero.payment.CardsOnFile;
import org.casillero.payment.VerifiedCard;
import org.casillero.shared.InvalidCredentials;
import org.casillero.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A customer attaches a card to its box (customer-activate-box): an inactive box becomes active; an
 * active one keeps its activation date and the card becomes its payment method, replacing the last
 * (the partner site's activation page is also where a customer changes its card). The card is
 * checked and handed to the payment gateway before the transaction begins; a card refused leaves
 * the box as it was. The partner named must be the customer's: any other answers as a credential
 * failure does. Each attempt first reserves a refusal ({@link CardThrottle}: card testing, trying
 * stolen numbers one after another, on one box or on many).
 */
@Service
public class BoxActivation {
    private final CustomerRepository customers;
    private final CustomerKeys keys;
    private final CardVerification verification;
    private final CardsOnFile cards;
    private final AuditTrail audit;
    private final CustomerNews news;
    private final CardThrottle throttle;
    private final Clock clock;
    private final TransactionOperations transactions;

    BoxActivation(
            CustomerRepository customers,
            CustomerKeys keys,
            CardVerification verification,
            CardsOnFile cards,
            AuditTrail audit,
            CustomerNews news,
            CardThrottle throttle,
            Clock clock,
            TransactionOperations transactions) {
        this.customers = customers;
        this.keys = keys;
        this.verification = verification;
        this.cards = cards;
        this.audit = audit;
        this.news = news;
        this.throttle = throttle;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * @param copaId the partner the request names; absent, the customer's own
     * @param clientAddress where the request comes from, for the per-address limit
     */
    public Registered activate(
            CustomerSession session, @Nullable Integer copaId, CardEntry entry, String clientAddress) {
        if (copaId != null && copaId != session.copaId()) {
            entry.close();
            throw new InvalidCredentials();
        }
        CardThrottle.Reservation reservation;
        try {
            reservation = throttle.reserve(throttle.keys(session, clientAddress));
        } catch (RuntimeException refused) {
            entry.close();
            throw refused;
        }
        VerifiedCard card = verify(entry, reservation);
        return Objects.requireNonNull(transactions.execute(status -> {
            ActivationRow box = customers.lockActivation(session.custId());
            Instant now = clock.instant();
            cards.keep(session.custId(), card, now);
            customers.setPaymentMethod(session.custId(), card.label());
            if (box.active()) {
                audit.record(
                        session.custId(),
                        session.actor(),
                        AuditTrail.PAYMENT_CARD_CHANGED,
                        List.of("customer_credit_card"));
                news.cardChanged(session);
            } else {
                customers.activate(session.custId(), now);
                audit.record(
                        session.custId(),
                        session.actor(),
                        AuditTrail.ACTIVATED,
                        List.of("customer_credit_card", "is_active"));
                news.activated(session);
            }
            return new Registered(box.boxId(), keys.keyFor(box.keyNonce()));
        }));
    }

    /**
     * The checks and the gateway: a card refused keeps its reservation; one accepted, or one the
     * gateway could not be asked about, gives it back.
     */
    private VerifiedCard verify(CardEntry entry, CardThrottle.Reservation reservation) {
        VerifiedCard card;
        try {
            card = verification.verify(entry);
        } catch (InvalidField | CardDeclined refused) {
            throttle.refused(reservation);
            throw refused;
        } catch (RuntimeException notChecked) {
            throttle.giveBack(reservation);
            throw notChecked;
        }
        throttle.giveBack(reservation);
        return card;
    }
}
