package org.casillero.customer;

import java.util.List;
import org.casillero.shared.InvalidField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a customer to another e-mail address, free within its partner, and renews its key: from the
 * commit on, the old key is refused everywhere.
 */
@Service
public class EmailUpdate {
    private final CustomerRepository customers;
    private final CustomerKeys keys;
    private final AuditTrail audit;
    private final CustomerNews news;

    EmailUpdate(CustomerRepository customers, CustomerKeys keys, AuditTrail audit, CustomerNews news) {
        this.customers = customers;
        this.keys = keys;
        this.audit = audit;
        this.news = news;
    }

    @Transactional
    public EmailChanged apply(CustomerSession session, String currentEmail, String newEmail) {
        String stored = customers.lockEmail(session.custId());
        if (!stored.equals(Emails.normalize(currentEmail))) {
            throw new InvalidField("customerCurrentEmail", "is not the account's e-mail address");
        }
        String email = Emails.normalizeToKeep(newEmail, "customerNewEmail");
        if (!email.equals(stored) && customers.emailTaken(session.copaId(), email)) {
            throw new EmailAlreadyRegistered("customerNewEmail");
        }
        KeyNonce nonce = keys.newNonce();
        customers.updateEmail(session.custId(), email, nonce);
        audit.record(
                session.custId(), session.actor(), AuditTrail.EMAIL_CHANGED, List.of("customer_email", "customer_key"));
        news.emailChanged(session, email);
        return new EmailChanged(session.boxId(), email, keys.keyFor(nonce));
    }
}
