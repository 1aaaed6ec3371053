import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The raw Argon2id hash rate, for bench/suite.sh: Bouncy Castle's Java implementation or the native
 * libargon2 through argon2-jvm (JNA), the two the server can hash with.
 *
 * <p>java -cp JARS HashRate.java THREADS SECONDS MEMORY_KIB ITERATIONS PARALLELISM SALT_BYTES
 * HASH_BYTES [bc|native]: THREADS platform threads hash a fixed password with a fresh salt each time,
 * as the server's encoder does, for three warm-up seconds (the JIT) and then SECONDS; prints one JSON
 * line with hashes per second. JARS: bcprov for {@code bc} (the default); argon2-jvm, argon2-jvm-nolibs
 * and jna for {@code native} (both sets to compile this file).
 */
public class HashRate {
    interface Hasher {
        byte[] hash(byte[] password, byte[] salt);
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        int memory = Integer.parseInt(args[2]);
        int iterations = Integer.parseInt(args[3]);
        int parallelism = Integer.parseInt(args[4]);
        int saltLength = Integer.parseInt(args[5]);
        int hashLength = Integer.parseInt(args[6]);
        String engine = args.length > 7 ? args[7] : "bc";
        Hasher hasher = switch (engine) {
            case "bc" -> bouncyCastle(memory, iterations, parallelism, hashLength);
            case "native" -> nativeLibrary(memory, iterations, parallelism, hashLength);
            default -> throw new IllegalArgumentException("engine: bc or native, not " + engine);
        };
        byte[] password = "pass123".getBytes(StandardCharsets.UTF_8);

        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder hashes = new LongAdder();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                SecureRandom random = new SecureRandom();
                while (!stop.get()) {
                    byte[] salt = new byte[saltLength];
                    random.nextBytes(salt);
                    hasher.hash(password, salt);
                    if (measuring.get()) hashes.increment();
                }
                finished.countDown();
            });
            thread.start();
        }
        Thread.sleep(3000);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        long counted = hashes.sum();
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        finished.await();
        System.out.printf(
                "{\"engine\": \"%s\", \"threads\": %d, \"hashes\": %d, \"seconds\": %.3f, \"hashes_per_s\": %.2f, \"ms_per_hash_per_thread\": %.2f}%n",
                engine, threads, counted, elapsed, counted / elapsed, threads * elapsed * 1000 / Math.max(1, counted));
    }

    static Hasher bouncyCastle(int memory, int iterations, int parallelism, int hashLength) {
        return (password, salt) -> {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withSalt(salt)
                    .withParallelism(parallelism)
                    .withMemoryAsKB(memory)
                    .withIterations(iterations)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .build());
            byte[] hash = new byte[hashLength];
            generator.generateBytes(password, hash);
            return hash;
        };
    }

    static Hasher nativeLibrary(int memory, int iterations, int parallelism, int hashLength) {
        Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
        return (password, salt) -> argon2.rawHashAdvanced(
                iterations, memory, parallelism, password, salt, null, null, hashLength, Argon2Version.V13);
    }
}
