package org.casillero.customer;

import org.casillero.customer.CustomerRepository.KeyRow;
import org.casillero.partner.ApiClient;
import org.casillero.shared.CustomerCredentials;
import org.casillero.shared.InvalidCredentials;
import org.springframework.stereotype.Service;

/**
 * Opens a customer operation: the box id and key must match, the customer must be one of the
 * caller's partners', and enabled (a disabled customer's key opens nothing; its partner's lookup
 * still finds it, with {@code is_enable: false}).
 */
@Service
public class CustomerSessions {
    /** Checked against when the box does not exist, so that both cases take the same time. */
    private static final String NO_SUCH_BOX = "0".repeat(32);

    private final CustomerRepository customers;
    private final CustomerKeys keys;

    CustomerSessions(CustomerRepository customers, CustomerKeys keys) {
        this.customers = customers;
        this.keys = keys;
    }

    public CustomerSession open(ApiClient client, CustomerCredentials credentials) {
        var customer = customers.findKey(credentials.boxId());
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
}
