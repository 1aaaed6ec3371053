package org.casillero.shared;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF (RFC 5869) with HMAC-SHA256, by Bouncy Castle: the JDK's own KDF API is JDK 25's, not 21's. */
final class Hkdf {
    private Hkdf() {
        throw new AssertionError();
    }

    /** Extract then expand: {@code length} bytes of key material for {@code info}. */
    static byte[] sha256(byte[] inputKey, byte[] salt, byte[] info, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(inputKey, salt, info));
        byte[] output = new byte[length];
        generator.generateBytes(output, 0, length);
        return output;
    }
}
