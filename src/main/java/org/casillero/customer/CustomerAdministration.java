package org.casillero.customer;

import java.util.List;
import org.casillero.customer.CustomerRepository.KeyRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator does with customers, across all partners: find them, disable and re-enable them
 * (a disabled customer cannot log in), give them a new key, and read their audit trail. Failures name the field at
 * fault by its neutral path ({@code boxId}), which the command line tells as its option ({@code --box-id}).
 */
@Service
public class CustomerAdministration {
    private static final String BOX_ID = "boxId";

    private final CustomerRepository customers;
    private final CustomerKeys keys;
    private final AuditTrail audit;
    private final CustomerNews news;

    CustomerAdministration(CustomerRepository customers, CustomerKeys keys, AuditTrail audit, CustomerNews news) {
        this.customers = customers;
        this.keys = keys;
        this.audit = audit;
        this.news = news;
    }

    @Transactional(readOnly = true)
    public CustomerOverview findByBoxId(long boxId) {
        return customers.findOverview(boxId).orElseThrow(() -> CustomerNotFound.withBoxId(BOX_ID));
    }

    /** The customers with this e-mail, of one partner or of all; oldest first. */
    @Transactional(readOnly = true)
    public List<CustomerOverview> findByEmail(String email, @Nullable Integer copaId) {
        return customers.findOverviews(Emails.normalize(email), copaId);
    }

    /** Enables or disables the customer's account; false (and no audit entry) when it already was. */
    @Transactional
    public boolean setEnabled(long boxId, boolean enabled, Actor actor) {
        long custId = customers.lockByBoxId(boxId).orElseThrow(() -> CustomerNotFound.withBoxId(BOX_ID));
        if (!customers.setEnabled(custId, enabled)) {
            return false;
        }
        audit.record(custId, actor, enabled ? AuditTrail.ENABLED : AuditTrail.DISABLED, List.of("is_enable"));
        news.enabledChanged(partnerOf(boxId), boxId, enabled, actor);
        return true;
    }

    /**
     * Gives the customer a new key nonce, so a new key (a customer key is otherwise renewed only by an
     * e-mail change): from the commit on, the old key is refused on this server, and on every other
     * at its next credential check ({@link CustomerSessions}). The new key is not returned: its
     * partner gets it as always, through the customer's login or its own lookup.
     */
    @Transactional
    public void rotateKey(long boxId, Actor actor) {
        long custId = customers.lockByBoxId(boxId).orElseThrow(() -> CustomerNotFound.withBoxId(BOX_ID));
        customers.updateKeyNonce(custId, keys.newNonce());
        audit.record(custId, actor, AuditTrail.KEY_ROTATED, List.of("customer_key"));
        news.keyRotated(partnerOf(boxId), boxId, actor);
    }

    private int partnerOf(long boxId) {
        return customers.findBox(boxId).orElseThrow().copaId();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(long boxId) {
        long custId =
                customers.findKey(boxId).map(KeyRow::custId).orElseThrow(() -> CustomerNotFound.withBoxId(BOX_ID));
        return audit.entries(custId);
    }
}
