package org.casillero.customer;

import java.util.List;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Replaces a customer's password; the old one stops working. The new password must pass the policy
 * ({@link PasswordPolicy}) and is hashed before the transaction, which checks the e-mail again under
 * the customer's row lock.
 */
@Service
public class PasswordUpdate {
    private final CustomerRepository customers;
    private final PasswordHashing passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final CustomerNews news;
    private final TransactionOperations transactions;

    PasswordUpdate(
            CustomerRepository customers,
            PasswordHashing passwords,
            PasswordPolicy policy,
            AuditTrail audit,
            CustomerNews news,
            TransactionOperations transactions) {
        this.customers = customers;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.news = news;
        this.transactions = transactions;
    }

    public void apply(CustomerSession session, String email, Secret newPassword) {
        policy.check(newPassword, "customerNewPassword");
        String normalized = Emails.normalize(email);
        requireAccountEmail(customers.get(session.custId()).email(), normalized);
        String hash = passwords.hash(newPassword, PasswordHashing.Requester.passwordChange(session));
        transactions.executeWithoutResult(status -> {
            requireAccountEmail(customers.lockEmail(session.custId()), normalized);
            customers.updatePasswordHash(session.custId(), hash);
            audit.record(session.custId(), session.actor(), AuditTrail.PASSWORD_CHANGED, List.of("customer_password"));
            news.passwordChanged(session);
        });
    }

    private static void requireAccountEmail(String stored, String given) {
        if (!stored.equals(given)) {
            throw new InvalidField("customerEmail", "is not the account's e-mail address");
        }
    }
}
