package org.casillero.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One purpose's keys (customer keys, card fingerprints, invoice links), one per key version this
 * server holds ({@link ServerSecret}): HMAC-SHA256 under the version's key. Each MAC is keyed once;
 * each computation works on a copy of it (cloning skips the provider lookup and the key schedule that
 * a new instance costs on every request).
 */
public final class PurposeKeys {
    private static final String ALGORITHM = "HmacSHA256";

    /** Version 0 prefixes the data with the purpose and a zero byte, as every release before versions did. */
    private final byte[] legacyPrefix;

    private final Mac legacy;
    private final Mac current;

    PurposeKeys(String purpose, byte[] master, byte[] v1) {
        byte[] name = purpose.getBytes(StandardCharsets.UTF_8);
        this.legacyPrefix = new byte[name.length + 1];
        System.arraycopy(name, 0, legacyPrefix, 0, name.length);
        this.legacy = keyed(master);
        this.current = keyed(v1);
    }

    /** The version new records are made under. */
    public int current() {
        return ServerSecret.CURRENT_VERSION;
    }

    /** Every version held, the current first: what a record of any age may have been made under. */
    public List<Integer> versions() {
        return List.of(ServerSecret.CURRENT_VERSION, 0);
    }

    public boolean holds(int version) {
        return version == 0 || version == ServerSecret.CURRENT_VERSION;
    }

    /** HMAC-SHA256 of the data under the key of this version: 32 bytes that only this server can compute. */
    public byte[] hmac(int version, String data) {
        return hmac(version, data.getBytes(StandardCharsets.UTF_8));
    }

    /** The same over bytes, for data that must not become a {@link String} (the caller wipes them after). */
    public byte[] hmac(int version, byte[] data) {
        if (version == ServerSecret.CURRENT_VERSION) {
            return copy(current).doFinal(data);
        }
        if (version == 0) {
            Mac mac = copy(legacy);
            mac.update(legacyPrefix);
            return mac.doFinal(data);
        }
        throw new IllegalStateException("Key version " + version + " is not held by this server");
    }

    private static Mac copy(Mac keyed) {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException notCloneable) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", notCloneable);
        }
    }

    private static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "PurposeKeys[secret]";
    }
}
