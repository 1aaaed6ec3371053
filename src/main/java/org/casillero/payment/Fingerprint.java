package org.casillero.payment;

/** A card number's fingerprint (HMAC-SHA256 under the server secret's keys, hex) and the keys' version. */
public record Fingerprint(int version, String value) {
    @Override
    public String toString() {
        return "Fingerprint[v" + version + "]";
    }
}
