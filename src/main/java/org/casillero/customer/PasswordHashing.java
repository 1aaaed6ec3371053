package org.casillero.customer;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Secret;
import org.casillero.shared.ServiceBusy;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every Argon2 hash and verification, run on a bounded pool of platform threads: a burst of
 * registrations or logins uses at most those threads' cores and never a virtual-thread carrier,
 * and those threads run at a lower priority ({@link BackgroundPriority}): they take every idle core,
 * and yield it at once to the threads that answer requests, so the rest of the server keeps answering. Work waits in a bounded queue; past it the caller gets
 * {@link ServiceBusy} at once, and so does a caller whose hash has not finished within the longest
 * wait (its hash is cancelled: nothing is stored after the caller was told "busy"). Hashing inside a transaction would hold a connection (and maybe row
 * locks) for its whole duration, so it is refused outright.
 */
@Component
class PasswordHashing implements DisposableBean {
    private final PasswordEncoder encoder;
    private final ThreadPoolExecutor pool;
    private final Duration maxWait;

    PasswordHashing(PasswordEncoder encoder, CasilleroSettings settings) {
        this.encoder = encoder;
        CasilleroSettings.Hashing limits = settings.hashing();
        this.maxWait = limits.maxWait();
        int threads = limits.threads() > 0 ? limits.threads() : defaultThreads();
        AtomicInteger next = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queue()),
                task -> Thread.ofPlatform()
                        .name("password-hashing-" + next.incrementAndGet())
                        .daemon()
                        .unstarted(() -> {
                            BackgroundPriority.lowerCurrentThread();
                            task.run();
                        }));
    }

    /**
     * One per core: a registration storm then reaches about 90 % of the raw hash rate, and other
     * answers still come first (the hashing threads' priority is lower: no core is taken from a
     * request that needs one; README Performance). Fewer threads keep cores out of hashing's reach at the cost of that rate.
     */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    String hash(Secret password) {
        return run(() -> encoder.encode(password.value()));
    }

    boolean matches(Secret password, String hash) {
        return run(() -> encoder.matches(password.value(), hash));
    }

    /** Whether the hash was made with older settings than the current ones (cheap: no hashing). */
    boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> T run(Callable<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Password hashing must not run inside a transaction");
        }
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ServiceBusy("password hashing queue full");
        }
        try {
            return result.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ServiceBusy("password hashing took over " + maxWait);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for password hashing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Password hashing failed", e.getCause());
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
