package org.casillero.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.casillero.shared.Secret;

/** Staff tokens: 32 random bytes (URL-safe Base64), handed out once, kept only as their SHA-256. */
final class StaffTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private StaffTokens() {
        throw new AssertionError();
    }

    static Secret newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static String hash(Secret token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(token.value().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
