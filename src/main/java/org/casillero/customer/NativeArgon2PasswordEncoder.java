package org.casillero.customer;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id computed by the native libargon2 (through argon2-jvm and JNA: 1.3 to 1.5 times Bouncy
 * Castle's rate on the same core), writing and reading Spring Security's format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so that its hashes and Spring's
 * {@link Argon2PasswordEncoder}'s verify each other. The parameters are OWASP's minimum for Argon2id.
 * Hashes of another Argon2 type or version are left to Bouncy Castle; so is everything when the
 * native library cannot be loaded ({@link #fastestAvailable()} says so in a warning).
 */
final class NativeArgon2PasswordEncoder extends AbstractValidatingPasswordEncoder {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;

    private static final Logger log = LoggerFactory.getLogger(NativeArgon2PasswordEncoder.class);
    private static final String PREFIX = "$argon2id$v=19$";
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    private final Argon2Advanced argon2;
    private final PasswordEncoder java = javaEncoder();
    private final SecureRandom random = new SecureRandom();

    private NativeArgon2PasswordEncoder(Argon2Advanced argon2) {
        this.argon2 = argon2;
    }

    /** The native encoder when libargon2 loads and agrees with Bouncy Castle; Bouncy Castle's otherwise. */
    static PasswordEncoder fastestAvailable() {
        return fastestAvailable(() -> Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id));
    }

    static PasswordEncoder fastestAvailable(Supplier<Argon2Advanced> library) {
        try {
            Argon2Advanced argon2 = library.get();
            if (agreesWithBouncyCastle(argon2)) {
                log.info("Passwords hashed by the native Argon2 library");
                return new NativeArgon2PasswordEncoder(argon2);
            }
            log.warn("The native Argon2 library computes other hashes than Bouncy Castle; hashing in Java (slower)");
        } catch (LinkageError | RuntimeException e) {
            log.warn("The native Argon2 library could not be loaded ({}); hashing in Java (slower)", e.toString());
        }
        return javaEncoder();
    }

    /** Bouncy Castle with the same parameters: the fallback, and the checker of other Argon2 types and versions. */
    static Argon2PasswordEncoder javaEncoder() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = hash(argon2, rawPassword, ITERATIONS, MEMORY_KIB, PARALLELISM, salt, HASH_BYTES);
        return PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + BASE64.encodeToString(salt)
                + "$" + BASE64.encodeToString(hash);
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        if (!encodedPassword.startsWith(PREFIX)) {
            return java.matches(rawPassword, encodedPassword);
        }
        String[] parts = encodedPassword.substring(PREFIX.length()).split("\\$", -1);
        String[] parameters = parts[0].split(",", -1);
        if (parts.length != 3
                || parameters.length != 3
                || !parameters[0].startsWith("m=")
                || !parameters[1].startsWith("t=")
                || !parameters[2].startsWith("p=")) {
            return java.matches(rawPassword, encodedPassword);
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            byte[] actual = hash(
                    argon2,
                    rawPassword,
                    Integer.parseInt(parameters[1].substring(2)),
                    Integer.parseInt(parameters[0].substring(2)),
                    Integer.parseInt(parameters[2].substring(2)),
                    salt,
                    expected.length);
            return MessageDigest.isEqual(actual, expected);
        } catch (IllegalArgumentException | IllegalStateException e) { // malformed, or refused by libargon2
            log.warn("Malformed Argon2 password hash");
            return false;
        }
    }

    @Override
    protected boolean upgradeEncodingNonNull(String encodedPassword) {
        return java.upgradeEncoding(encodedPassword);
    }

    private static byte[] hash(
            Argon2Advanced argon2,
            String password,
            int iterations,
            int memoryKib,
            int parallelism,
            byte[] salt,
            int hashBytes) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        try {
            return argon2.rawHashAdvanced(
                    iterations, memoryKib, parallelism, bytes, salt, null, null, hashBytes, Argon2Version.V13);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** One tiny hash (64 KiB, one pass) by both, compared byte for byte: a library that differs is not used. */
    private static boolean agreesWithBouncyCastle(Argon2Advanced argon2) {
        byte[] salt = "casillero-salt-16".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = new byte[HASH_BYTES];
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(64)
                .withIterations(1)
                .withParallelism(PARALLELISM)
                .build());
        generator.generateBytes("pass123".getBytes(StandardCharsets.UTF_8), expected);
        return Arrays.equals(hash(argon2, "pass123", 1, 64, PARALLELISM, salt, HASH_BYTES), expected);
    }
}
