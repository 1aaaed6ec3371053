package org.casillero.customer;

import java.time.Clock;
import java.util.List;
import org.casillero.geo.Geography;
import org.casillero.partner.ApiClient;
import org.casillero.shared.InvalidField;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a customer: an active, enabled box with its address and phones, in one transaction. */
@Service
public class Registration {
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final Geography geography;
    private final CustomerKeys keys;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Registration(
            CustomerRepository customers,
            ContactRepository contacts,
            Geography geography,
            CustomerKeys keys,
            PasswordEncoder passwords,
            AuditTrail audit,
            Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.geography = geography;
        this.keys = keys;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Registered register(ApiClient client, NewCustomer customer) {
        if (!client.mayActFor(customer.copaId())) {
            throw new InvalidField("copa_id", "is not a partner this API user may act for");
        }
        String email = Emails.normalize(customer.email());
        if (customers.emailTaken(customer.copaId(), email)) {
            throw new EmailAlreadyRegistered();
        }
        if (geography.findPlace(customer.address().cityCode()).isEmpty()) {
            throw new InvalidField("customer_address[0].city_code", "is not a known city code");
        }
        Long referredBy = customer.referredBy();
        if (referredBy != null && !customers.boxExists(customer.copaId(), referredBy)) {
            throw new InvalidField("customer_referred_by", "is not a box of this partner");
        }
        long custId = customers.nextCustId();
        long boxId = customers.nextBoxId();
        String nonce = keys.newNonce();
        customers.insert(
                custId,
                boxId,
                nonce,
                email,
                passwords.encode(customer.password().value()),
                customer,
                clock.instant());
        List<Long> phoneIds = contacts.insertPhones(custId, customer.phones());
        contacts.insertAddress(custId, customer.address(), phoneIds.getFirst());
        audit.record(custId, Actor.apiUser(client.userCode()), AuditTrail.REGISTERED, customer.givenFields());
        return new Registered(boxId, keys.keyFor(nonce));
    }
}
