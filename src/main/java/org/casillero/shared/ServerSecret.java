package org.casillero.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The server's own secret key (the master secret), from which every purpose's keys are derived.
 * Only keys bound to a purpose and a key version leave this class ({@link PurposeKeys}), so that the
 * derivation can change (and, later, the master secret rotate) while every stored record says the
 * version it was made under:
 *
 * <ul>
 *   <li>Version 0, the derivation of every release before key versions: the HMAC-SHA256 under the
 *       master secret of {@code purpose || 0x00 || data}. Kept to verify what exists (customer keys
 *       handed out, card fingerprints stored, invoice links issued), never used for new records.
 *   <li>Version 1: HMAC-SHA256 of {@code data} under a key of the purpose's own, HKDF-SHA256 (RFC
 *       5869) of the master secret with the salt {@link #SALT} and the info {@code "casillero/v1/" +
 *       purpose}.
 * </ul>
 */
public final class ServerSecret {
    /** The version new records are made under. */
    public static final int CURRENT_VERSION = 1;

    /** HKDF's extract salt: fixed, naming the use (RFC 5869 §3.1: a salt need not be secret). */
    static final byte[] SALT = "casillero server secret".getBytes(StandardCharsets.US_ASCII);

    private final byte[] master;

    ServerSecret(byte[] key) {
        this.master = key.clone();
    }

    /** The keys of one purpose, under every version this server holds. */
    public PurposeKeys keys(String purpose) {
        byte[] v1 = Hkdf.sha256(master, SALT, ("casillero/v1/" + purpose).getBytes(StandardCharsets.UTF_8), 32);
        try {
            return new PurposeKeys(purpose, master, v1);
        } finally {
            Arrays.fill(v1, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "ServerSecret[secret]";
    }
}
