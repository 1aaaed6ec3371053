package org.casillero.customer;

import java.util.Set;
import org.casillero.customer.CustomerRepository.AccountRow;
import org.casillero.partner.ApiClient;
import org.casillero.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A partner's administration finds a customer's credentials by e-mail, among the partners the API
 * user may act for (or the one named). Where several of them have a customer with that e-mail, the
 * earliest registered answers.
 */
@Service
public class AccountLookup {
    private final CustomerRepository customers;
    private final CustomerKeys keys;

    AccountLookup(CustomerRepository customers, CustomerKeys keys) {
        this.customers = customers;
        this.keys = keys;
    }

    public AccountSummary findByEmail(ApiClient client, String email, @Nullable Integer copaId) {
        if (copaId != null && !client.mayActFor(copaId)) {
            throw new InvalidField("copa_id", "is not a partner this API user may act for");
        }
        Set<Integer> partners = copaId != null ? Set.of(copaId) : client.copaIds();
        AccountRow account = customers.findAccounts(partners, Emails.normalize(email)).stream()
                .findFirst()
                .orElseThrow(CustomerNotFound::new);
        return new AccountSummary(
                account.boxId(),
                keys.keyFor(account.keyNonce()),
                account.firstName(),
                account.lastName(),
                account.flags(),
                account.enrolledAt(),
                account.activatedAt());
    }
}
