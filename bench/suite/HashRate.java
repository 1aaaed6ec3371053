import java.security.SecureRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The raw Argon2id hash rate of Bouncy Castle (the library the server hashes with), for bench/suite.sh.
 *
 * <p>java -cp bcprov.jar HashRate.java THREADS SECONDS MEMORY_KIB ITERATIONS PARALLELISM SALT_BYTES
 * HASH_BYTES: THREADS platform threads hash a fixed password with a fresh salt each time, as
 * Spring Security's Argon2PasswordEncoder does, for three warm-up seconds (the JIT) and then SECONDS; prints
 * one JSON line with hashes per second.
 */
public class HashRate {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        int memory = Integer.parseInt(args[2]);
        int iterations = Integer.parseInt(args[3]);
        int parallelism = Integer.parseInt(args[4]);
        int saltLength = Integer.parseInt(args[5]);
        int hashLength = Integer.parseInt(args[6]);
        byte[] password = "pass123".getBytes(java.nio.charset.StandardCharsets.UTF_8);

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
                "{\"threads\": %d, \"hashes\": %d, \"seconds\": %.3f, \"hashes_per_s\": %.2f, \"ms_per_hash_per_thread\": %.2f}%n",
                threads, counted, elapsed, counted / elapsed, threads * elapsed * 1000 / Math.max(1, counted));
    }
}
