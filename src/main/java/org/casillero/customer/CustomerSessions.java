package org.casillero.customer;

import java.util.Optional;
import java.util.function.Function;
import org.casillero.customer.CustomerRepository.KeyRow;
import org.casillero.partner.ApiClient;
import org.casillero.shared.CustomerCredentials;
import org.casillero.shared.InvalidCredentials;
import org.casillero.shared.ServerSecret;
import org.casillero.shared.VersionedCache;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Opens a customer operation: the box id and key must match, the customer must be one of the
 * caller's partners', and enabled (a disabled customer's key opens nothing; its partner's lookup
 * still finds it, with {@code is_enable: false}). What opens a box is kept in memory for the boxes
 * served lately, under the customers' key version ({@link VersionedCache}): a new key or a disabled
 * account stops working on this server when its change commits, and on every other within two seconds.
 */
@Service
public class CustomerSessions {
    /** Checked against when the box does not exist, so that both cases take the same time. */
    private static final KeyNonce NO_SUCH_BOX = new KeyNonce("0".repeat(32), ServerSecret.CURRENT_VERSION);

    /** About 200 bytes each: a few MiB at most. */
    private static final int KEPT_BOXES = 20_000;

    private final CustomerKeys keys;
    private final VersionedCache<Long, KeyRow> known;
    private final Function<Long, @Nullable KeyRow> read;

    CustomerSessions(CustomerRepository customers, CustomerKeys keys) {
        this.keys = keys;
        this.known = new VersionedCache<>(KEPT_BOXES, customers.keyVersion()::current);
        this.read = boxId -> customers.findKey(boxId).orElse(null);
        customers.keyVersion().onChange(known::checkAfterCommit);
    }

    public CustomerSession open(ApiClient client, CustomerCredentials credentials) {
        var customer = Optional.ofNullable(known.get(credentials.boxId(), read));
        boolean keyMatches =
                keys.matches(customer.map(KeyRow::keyNonce).orElse(NO_SUCH_BOX), credentials.customerKey());
        if (customer.isEmpty()
                || !keyMatches
                || !client.mayActFor(customer.get().copaId())) {
            throw new InvalidCredentials();
        }
        KeyRow row = customer.get();
        if (!row.enabled()) {
            throw new AccountDisabled();
        }
        return new CustomerSession(row.custId(), row.boxId(), row.copaId(), client.userCode());
    }

    /** Compares the database's version of customer keys with the one seen; runs every second. */
    @Scheduled(fixedDelayString = "${casillero.credential-check:1s}")
    void checkKeys() {
        known.check();
    }
}
