package org.casillero.customer;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.casillero.geo.Geography;
import org.casillero.partner.ApiClient;
import org.casillero.shared.InvalidField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Registers a customer: an enabled box with its address and phones, in one transaction, active at
 * once (customer-registration) or once a card is attached (customer-register-info, then {@link
 * BoxActivation}). The password must pass the policy ({@link PasswordPolicy}) and is hashed before
 * the transaction begins.
 */
@Service
public class Registration {
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final Geography geography;
    private final CustomerKeys keys;
    private final PasswordHashing passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final CustomerNews news;
    private final Clock clock;
    private final TransactionOperations transactions;

    Registration(
            CustomerRepository customers,
            ContactRepository contacts,
            Geography geography,
            CustomerKeys keys,
            PasswordHashing passwords,
            PasswordPolicy policy,
            AuditTrail audit,
            CustomerNews news,
            Clock clock,
            TransactionOperations transactions) {
        this.customers = customers;
        this.contacts = contacts;
        this.geography = geography;
        this.keys = keys;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.news = news;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** When the new box becomes active. */
    public enum Activation {
        /** At registration. */
        IMMEDIATE,
        /** When a card is attached ({@link BoxActivation}); inactive until then. */
        BY_CARD
    }

    public Registered register(ApiClient client, NewCustomer customer, Activation activation) {
        if (!client.mayActFor(customer.copaId())) {
            throw new InvalidField("copaId", "is not a partner this API user may act for");
        }
        policy.check(customer.password(), "customerPassword");
        String email = Emails.normalizeToKeep(customer.email(), "customerEmail");
        if (customers.emailTaken(customer.copaId(), email)) {
            throw new EmailAlreadyRegistered();
        }
        if (geography.findPlace(customer.address().cityCode()).isEmpty()) {
            throw new InvalidField("customerAddress[0].cityCode", "is not a known city code");
        }
        Long referredBy = customer.referredBy();
        if (referredBy != null && !customers.boxExists(customer.copaId(), referredBy)) {
            throw new InvalidField("customerReferredBy", "is not a box of this partner");
        }
        String passwordHash = passwords.hash(customer.password(), PasswordHashing.Requester.apiUser(client.userCode()));
        return Objects.requireNonNull(transactions.execute(status -> {
            long custId = customers.nextCustId();
            long boxId = customers.nextBoxId();
            KeyNonce nonce = keys.newNonce();
            // A concurrent registration of the same e-mail loses here, on the unique constraint.
            customers.insert(
                    custId,
                    boxId,
                    nonce,
                    email,
                    passwordHash,
                    customer,
                    activation == Activation.IMMEDIATE,
                    clock.instant());
            List<Long> phoneIds = contacts.insertPhones(custId, customer.phones());
            contacts.insertAddress(custId, customer.address(), phoneIds.getFirst());
            audit.record(custId, Actor.apiUser(client.userCode()), AuditTrail.REGISTERED, customer.givenFields());
            news.registered(
                    customer.copaId(),
                    boxId,
                    email,
                    customer.language(),
                    activation == Activation.IMMEDIATE,
                    Actor.apiUser(client.userCode()));
            return new Registered(boxId, keys.keyFor(nonce));
        }));
    }
}
