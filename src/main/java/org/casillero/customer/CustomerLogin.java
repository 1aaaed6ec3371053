package org.casillero.customer;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.casillero.customer.CustomerRepository.AccountRow;
import org.casillero.customer.LoginThrottle.Keys;
import org.casillero.customer.PasswordHashing.Requester;
import org.casillero.partner.ApiClient;
import org.casillero.shared.InvalidCredentials;
import org.casillero.shared.Secret;
import org.casillero.shared.ServiceBusy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A customer logs in with e-mail and password, among the partners the API user acts for (or the
 * one named). An unknown e-mail and a wrong password get the same answer in the same time; each
 * attempt reserves a guess on the account first ({@link LoginThrottle}). A disabled account's
 * right password is told apart (the account is disabled) but counts as a failed guess, as a wrong
 * one does. A hash made with older Argon2 settings is replaced on success.
 */
@Service
public class CustomerLogin {
    private static final Logger log = LoggerFactory.getLogger(CustomerLogin.class);
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
        this.unknownAccountHash = passwords.hash(new Secret(keys.newNonce().nonce()));
    }

    /**
     * Not one transaction: the guess is counted before the password is checked, and stays counted
     * if the password is wrong. A check that could not be made (the hashing pool busy, the database
     * failing) gives the guess back, so that retrying never locks the account.
     */
    public AccountSummary login(
            ApiClient client, String email, Secret password, @Nullable Integer copaId, String clientAddress) {
        String normalized = Emails.normalizeToKeep(email, "customerEmail");
        Set<Integer> partners = client.partners(copaId);
        Keys throttleKeys = Keys.of(client.userCode(), normalized, clientAddress);
        Requester requester = Requester.apiUser(client.userCode());
        int accountFailures = throttle.reserveGuess(throttleKeys);
        Optional<AccountRow> account;
        boolean matches;
        try {
            account = customers.findAccounts(partners, normalized).stream().findFirst();
            matches = passwords.matches(
                    password, account.map(AccountRow::passwordHash).orElse(unknownAccountHash), requester);
        } catch (RuntimeException notChecked) {
            throttle.giveBack(throttleKeys);
            throw notChecked;
        }
        if (!matches || account.isEmpty()) {
            holdBack(throttle.recordFailure(throttleKeys, accountFailures));
            throw new InvalidCredentials();
        }
        AccountRow found = account.get();
        if (!found.flags().enabled()) {
            // A guess like a wrong one: it forgets none of the account's failures and is held back
            // as they are, so the limit bounds the guesses at a disabled account's password too.
            holdBack(throttle.recordFailure(throttleKeys, accountFailures));
            throw new AccountDisabled();
        }
        throttle.clear(throttleKeys);
        upgradeHash(found, password, requester);
        return found.summary(keys.keyFor(found.keyNonce()), addressBook.addresses(found.custId()));
    }

    /**
     * Replaces a hash made with older Argon2 settings, unless the password changed meanwhile; when the
     * hashing pool is busy, next time.
     */
    private void upgradeHash(AccountRow account, Secret password, Requester requester) {
        if (!passwords.needsUpgrade(account.passwordHash())) {
            return;
        }
        try {
            customers.replacePasswordHash(
                    account.custId(), account.passwordHash(), passwords.hash(password, requester));
        } catch (ServiceBusy busy) {
            log.info("Hash upgrade of customer {} deferred: {}", account.custId(), busy.getMessage());
        }
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
