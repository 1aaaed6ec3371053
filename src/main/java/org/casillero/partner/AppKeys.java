package org.casillero.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.casillero.shared.Secret;

/**
 * App keys are high-entropy, so a fast hash is enough to store them: SHA-256, in hex. The key
 * itself is never stored.
 */
final class AppKeys {
    private AppKeys() {
        throw new AssertionError();
    }

    static String hash(Secret appKey) {
        return HexFormat.of().formatHex(digest(appKey.value()));
    }

    /** Compares in constant time, whatever the inputs. */
    static boolean matches(Secret presented, String storedHash) {
        byte[] expected = storedHash.length() == 64 ? HexFormat.of().parseHex(storedHash) : new byte[32];
        return MessageDigest.isEqual(expected, digest(presented.value()));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
