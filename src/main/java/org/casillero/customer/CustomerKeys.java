package org.casillero.customer;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.casillero.shared.Secret;
import org.casillero.shared.ServerSecret;
import org.springframework.stereotype.Component;

/**
 * Customer keys: 32 bytes in Base64 (44 characters), the HMAC under the server secret of a random
 * nonce kept with the customer. The database holds only the nonce, so a copy of it reveals no key,
 * and the server can still give a key back to the partner that manages the customer. A new nonce
 * is a new key.
 */
@Component
class CustomerKeys {
    private static final String PURPOSE = "casillero customer key";
    private final ServerSecret secret;
    private final SecureRandom random = new SecureRandom();

    CustomerKeys(ServerSecret secret) {
        this.secret = secret;
    }

    String newNonce() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return HexFormat.of().formatHex(nonce);
    }

    Secret keyFor(String nonce) {
        return new Secret(Base64.getEncoder().encodeToString(secret.hmac(PURPOSE, nonce)));
    }

    /** Compares in constant time. */
    boolean matches(String nonce, Secret presented) {
        byte[] expected = keyFor(nonce).value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] actual = presented.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
