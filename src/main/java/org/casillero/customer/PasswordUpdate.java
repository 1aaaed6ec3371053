package org.casillero.customer;

import java.util.List;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Secret;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces a customer's password; the old one stops working. */
@Service
public class PasswordUpdate {
    private final CustomerRepository customers;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    PasswordUpdate(CustomerRepository customers, PasswordEncoder passwords, AuditTrail audit) {
        this.customers = customers;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public void apply(CustomerSession session, String email, Secret newPassword) {
        if (!customers.lockEmail(session.custId()).equals(Emails.normalize(email))) {
            throw new InvalidField("customer_email", "is not the account's e-mail address");
        }
        customers.updatePasswordHash(session.custId(), passwords.encode(newPassword.value()));
        audit.record(session.custId(), session.actor(), AuditTrail.PASSWORD_CHANGED, List.of("customer_password"));
    }
}
