package org.casillero.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's own secret key. Only HMACs computed under it leave this class. One MAC is keyed once;
 * each computation works on a copy of it (cloning skips the provider lookup and the key schedule that
 * a new instance costs on every request).
 */
public final class ServerSecret {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Mac keyed;

    ServerSecret(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.keyed = newMac();
    }

    /** HMAC-SHA256 of {@code purpose} and {@code data}: 32 bytes that only this server can compute. */
    public byte[] hmac(String purpose, String data) {
        return hmac(purpose, data.getBytes(StandardCharsets.UTF_8));
    }

    /** The same over bytes, for data that must not become a {@link String} (the caller wipes them after). */
    public byte[] hmac(String purpose, byte[] data) {
        Mac mac = copy();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(data);
    }

    private Mac copy() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException notCloneable) {
            return newMac();
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "ServerSecret[secret]";
    }
}
