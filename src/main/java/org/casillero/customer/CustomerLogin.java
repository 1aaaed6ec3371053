package org.casillero.customer;

import java.time.Duration;
import java.util.Optional;
import org.casillero.customer.CustomerRepository.AccountRow;
import org.casillero.customer.LoginThrottle.Keys;
import org.casillero.partner.ApiClient;
import org.casillero.shared.InvalidCredentials;
import org.casillero.shared.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A customer logs in with e-mail and password, among the partners the API user acts for (or the
 * one named). An unknown e-mail and a wrong password get the same answer in the same time; each
 * attempt reserves a guess on the account first ({@link LoginThrottle}). A hash made with older
 * Argon2 settings is replaced on success.
 */
@Service
public class CustomerLogin {
    private final CustomerRepository customers;
    private final CustomerKeys keys;
    private final PasswordHashing passwords;
    private final LoginThrottle throttle;
    private final AddressBook addressBook;
    /** Checked when the e-mail is unknown, so that both failures cost one Argon2 verification. */
    private final String unknownAccountHash;

    CustomerLogin(
            CustomerRepository customers,
            CustomerKeys keys,
            PasswordHashing passwords,
            LoginThrottle throttle,
            AddressBook addressBook) {
        this.customers = customers;
        this.keys = keys;
        this.passwords = passwords;
        this.throttle = throttle;
        this.addressBook = addressBook;
        this.unknownAccountHash = passwords.hash(new Secret(keys.newNonce()));
    }

    /** Not one transaction: the guess is counted before the password is checked, and stays counted if it fails. */
    public AccountSummary login(
            ApiClient client, String email, Secret password, @Nullable Integer copaId, String clientAddress) {
        String normalized = Emails.normalizeToKeep(email, "customer_email");
        Keys throttleKeys = Keys.of(client.userCode(), normalized, clientAddress);
        int accountFailures = throttle.reserveGuess(throttleKeys);
        Optional<AccountRow> account = customers.findAccounts(client.partners(copaId), normalized).stream()
                .findFirst();
        String hash = account.map(AccountRow::passwordHash).orElse(unknownAccountHash);
        if (!passwords.matches(password, hash) || account.isEmpty()) {
            holdBack(throttle.recordFailure(throttleKeys, accountFailures));
            throw new InvalidCredentials();
        }
        throttle.clear(throttleKeys);
        AccountRow found = account.get();
        if (!found.flags().enabled()) {
            throw new AccountDisabled();
        }
        if (passwords.needsUpgrade(hash)) {
            customers.updatePasswordHash(found.custId(), passwords.hash(password));
        }
        return found.summary(keys.keyFor(found.keyNonce()), addressBook.addresses(found.custId()));
    }

    private static void holdBack(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
