package org.casillero.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.casillero.customer.CustomerRepository.ActivationRow;
import org.casillero.payment.CardDeclined;
import org.casillero.payment.CardEntry;
import org.casillero.payment.CardVerification;
import org.casillero.payment.CardsOnFile;
import org.casillero.payment.VerifiedCard;
import org.casillero.shared.CasilleroSettings;
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
 * failure does. A box whose cards were refused {@code refusalsBeforeLock} times within the login
 * window takes no card for the lockout (card testing: trying stolen numbers one after another).
 */
@Service
public class BoxActivation {
    private final CustomerRepository customers;
    private final CustomerKeys keys;
    private final CardVerification verification;
    private final CardsOnFile cards;
    private final AuditTrail audit;
    private final ThrottleRepository throttle;
    private final CasilleroSettings.Cards limits;
    private final Duration window;
    private final Clock clock;
    private final TransactionOperations transactions;

    BoxActivation(
            CustomerRepository customers,
            CustomerKeys keys,
            CardVerification verification,
            CardsOnFile cards,
            AuditTrail audit,
            ThrottleRepository throttle,
            CasilleroSettings settings,
            Clock clock,
            TransactionOperations transactions) {
        this.customers = customers;
        this.keys = keys;
        this.verification = verification;
        this.cards = cards;
        this.audit = audit;
        this.throttle = throttle;
        this.limits = settings.cards();
        this.window = settings.login().window();
        this.clock = clock;
        this.transactions = transactions;
    }

    /** @param copaId the partner the request names; absent, the customer's own */
    public Registered activate(CustomerSession session, @Nullable Integer copaId, CardEntry entry) {
        if (copaId != null && copaId != session.copaId()) {
            entry.close();
            throw new InvalidCredentials();
        }
        String attempts = "card:" + session.custId();
        refuseWhileLocked(attempts, entry);
        VerifiedCard card;
        try {
            card = verification.verify(entry);
        } catch (InvalidField | CardDeclined refused) {
            countRefusal(attempts);
            throw refused;
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            ActivationRow box = customers.lockActivation(session.custId());
            Instant now = clock.instant();
            throttle.delete(attempts);
            cards.keep(session.custId(), card, now);
            customers.setPaymentMethod(session.custId(), card.label());
            if (box.active()) {
                audit.record(
                        session.custId(),
                        session.actor(),
                        AuditTrail.PAYMENT_CARD_CHANGED,
                        List.of("customer_credit_card"));
            } else {
                customers.activate(session.custId(), now);
                audit.record(
                        session.custId(),
                        session.actor(),
                        AuditTrail.ACTIVATED,
                        List.of("customer_credit_card", "is_active"));
            }
            return new Registered(box.boxId(), keys.keyFor(box.keyNonce()));
        }));
    }

    /** A box that had too many cards refused lately takes none until its lockout ends. */
    private void refuseWhileLocked(String key, CardEntry entry) {
        Instant now = clock.instant();
        Instant lockedUntil = transactions.execute(status -> {
            LoginThrottle.Counter counter = throttle.lock(key, now);
            return counter.lockedAt(now) ? counter.lockedUntil() : null;
        });
        if (lockedUntil != null) {
            entry.close();
            throw new TooManyCardAttempts(
                    Math.max(1, (Duration.between(now, lockedUntil).toSeconds() + 59) / 60));
        }
    }

    private void countRefusal(String key) {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            throttle.save(
                    key,
                    throttle.lock(key, now).withFailure(now, window, limits.refusalsBeforeLock(), limits.lockout()));
        });
    }
}
