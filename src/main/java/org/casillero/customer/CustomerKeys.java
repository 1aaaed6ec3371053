package org.casillero.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.casillero.shared.PurposeKeys;
import org.casillero.shared.Secret;
import org.casillero.shared.ServerSecret;
import org.springframework.stereotype.Component;

/**
 * Customer keys: 32 bytes in Base64 (44 characters), the HMAC of a random nonce kept with the
 * customer, under the customer-key key of the version kept with it ({@link ServerSecret}): the keys
 * handed out before key versions (version 0) keep working byte for byte, new nonces are made under the
 * current version. The database holds only the nonce, so a copy of it reveals no key, and the server
 * can still give a key back to the partner that manages the customer. A new nonce is a new key.
 */
@Component
class CustomerKeys {
    private static final String PURPOSE = "casillero customer key";
    private final PurposeKeys keys;
    private final SecureRandom random = new SecureRandom();

    CustomerKeys(ServerSecret secret) {
        this.keys = secret.keys(PURPOSE);
    }

    /** A new nonce, under the current version. */
    KeyNonce newNonce() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return new KeyNonce(HexFormat.of().formatHex(nonce), keys.current());
    }

    Secret keyFor(KeyNonce nonce) {
        return new Secret(Base64.getEncoder().encodeToString(keys.hmac(nonce.version(), nonce.nonce())));
    }

    /** Compares in constant time. */
    boolean matches(KeyNonce nonce, Secret presented) {
        byte[] expected = keyFor(nonce).value().getBytes(StandardCharsets.US_ASCII);
        byte[] actual = presented.value().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
