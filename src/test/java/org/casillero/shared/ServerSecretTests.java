package org.casillero.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The keys derived from the master secret, computed here independently: version 0 exactly as every
 * release before key versions did, version 1 with HKDF, each purpose under a key of its own.
 */
class ServerSecretTests {
    private static final byte[] MASTER = "a-master-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8);

    /** What every release before key versions computed: HMAC-SHA256(master, purpose || 0 || data). */
    static byte[] legacy(byte[] master, String purpose, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(data);
    }

    @Test
    void keepsVersionZeroByteForByte() throws Exception {
        PurposeKeys keys = new ServerSecret(MASTER).keys("casillero customer key");

        assertThat(keys.hmac(0, "0123abcd"))
                .isEqualTo(legacy(MASTER, "casillero customer key", "0123abcd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void derivesVersionOneWithHkdfAndAKeyPerPurpose() throws Exception {
        ServerSecret secret = new ServerSecret(MASTER);
        byte[] key = Hkdf.sha256(
                MASTER, ServerSecret.SALT, "casillero/v1/invoice-file-link".getBytes(StandardCharsets.UTF_8), 32);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));

        byte[] v1 = secret.keys("invoice-file-link").hmac(1, "12:34");

        assertThat(v1).isEqualTo(mac.doFinal("12:34".getBytes(StandardCharsets.UTF_8)));
        assertThat(v1).isNotEqualTo(secret.keys("invoice-file-link").hmac(0, "12:34"));
        assertThat(v1).isNotEqualTo(secret.keys("another purpose").hmac(1, "12:34"));
        assertThat(secret.keys("x").current()).isEqualTo(1);
        assertThat(secret.keys("x").versions()).containsExactly(1, 0);
    }

    @Test
    void refusesAVersionItDoesNotHold() {
        PurposeKeys keys = new ServerSecret(MASTER).keys("x");

        assertThat(keys.holds(2)).isFalse();
        assertThatThrownBy(() -> keys.hmac(2, "data")).hasMessageNotContaining("a-master-secret");
    }
}
