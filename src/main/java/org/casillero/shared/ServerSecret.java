package org.casillero.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The server's own secret key. Only HMACs computed under it leave this class. */
public final class ServerSecret {
    private final SecretKeySpec key;

    ServerSecret(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** HMAC-SHA256 of {@code purpose} and {@code data}: 32 bytes that only this server can compute. */
    public byte[] hmac(String purpose, String data) {
        return hmac(purpose, data.getBytes(StandardCharsets.UTF_8));
    }

    /** The same over bytes, for data that must not become a {@link String} (the caller wipes them after). */
    public byte[] hmac(String purpose, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "ServerSecret[secret]";
    }
}
