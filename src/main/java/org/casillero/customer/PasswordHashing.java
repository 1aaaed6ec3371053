package org.casillero.customer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Secret;
import org.casillero.shared.ServiceBusy;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>The pool is shared fairly ({@link Requester}): one API user has at most its share of the pool's
 * places (threads and queue) at once, and one customer at most one password change, so that a flood
 * through one partner's key, or on one box, leaves everyone else's logins their places. A place is
 * held until the hash stops using the pool, even when its caller stopped waiting for it.
 */
@Component
class PasswordHashing implements DisposableBean {
    private final PasswordEncoder encoder;
    private final ThreadPoolExecutor pool;
    /**
     * The pool's places, threads and queue together, counted here: the executor's own queue would
     * refuse a hash while its idle thread has not yet taken the one before, so a burst met "busy"
     * with places free.
     */
    private final Share places;

    private final Duration maxWait;
    private final int apiUserShare;
    /** The hashes in the pool (running or waiting) per share's key; a key with none is absent. */
    private final ConcurrentHashMap<String, Integer> inPool = new ConcurrentHashMap<>();

    PasswordHashing(PasswordEncoder encoder, CasilleroSettings settings) {
        this.encoder = encoder;
        CasilleroSettings.Hashing limits = settings.hashing();
        this.maxWait = limits.maxWait();
        this.apiUserShare = limits.apiUserShare();
        int threads = limits.poolThreads();
        this.places = new Share("pool", threads + limits.queue(), "password hashing queue full");
        AtomicInteger next = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                task -> Thread.ofPlatform()
                        .name("password-hashing-" + next.incrementAndGet())
                        .daemon()
                        .unstarted(() -> {
                            BackgroundPriority.lowerCurrentThread();
                            task.run();
                        }));
    }

    /**
     * Whom a hash is for: the API user whose share of the pool it takes and, for a password change,
     * the customer, who has one at a time.
     */
    record Requester(int apiUser, @Nullable Long passwordChangeOf) {
        static Requester apiUser(int userCode) {
            return new Requester(userCode, null);
        }

        static Requester passwordChange(CustomerSession session) {
            return new Requester(session.userCode(), session.custId());
        }
    }

    /** A hash for a request, in its requester's share of the pool. */
    String hash(Secret password, Requester requester) {
        return run(() -> encoder.encode(password.value()), shares(requester));
    }

    /** A verification for a request, in its requester's share of the pool. */
    boolean matches(Secret password, String hash, Requester requester) {
        return run(() -> encoder.matches(password.value(), hash), shares(requester));
    }

    /** The server's own hash (at start-up, say), in no API user's share. */
    String hash(Secret password) {
        return run(() -> encoder.encode(password.value()), List.of(places));
    }

    /** The server's own verification, in no API user's share. */
    boolean matches(Secret password, String hash) {
        return run(() -> encoder.matches(password.value(), hash), List.of(places));
    }

    /** Whether the hash was made with older settings than the current ones (cheap: no hashing). */
    boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private List<Share> shares(Requester requester) {
        Share apiUser = new Share(
                "api-user:" + requester.apiUser(),
                apiUserShare,
                "every password hashing place of API user " + requester.apiUser() + " is taken");
        Long custId = requester.passwordChangeOf();
        if (custId == null) {
            return List.of(apiUser, places);
        }
        return List.of(
                new Share("customer:" + custId, 1, "a password change of customer " + custId + " is already hashing"),
                apiUser,
                places);
    }

    private <T> T run(Callable<T> work, List<Share> shares) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Password hashing must not run inside a transaction");
        }
        for (int i = 0; i < shares.size(); i++) {
            if (!take(shares.get(i))) {
                shares.subList(0, i).forEach(this::give);
                throw new ServiceBusy(shares.get(i).busy());
            }
        }
        Job<T> job = new Job<>(work, () -> shares.forEach(this::give));
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            job.leavePool();
            throw new ServiceBusy("password hashing queue full");
        }
        try {
            return job.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(job);
            throw new ServiceBusy("password hashing took over " + maxWait);
        } catch (InterruptedException e) {
            abandon(job);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for password hashing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Password hashing failed", e.getCause());
        }
    }

    /** Cancels a hash no one waits for: one still queued leaves the pool now, one running when it ends. */
    private void abandon(Job<?> job) {
        job.cancel(true);
        if (pool.remove(job)) {
            job.leavePool();
        }
    }

    private boolean take(Share share) {
        boolean[] taken = {false};
        inPool.compute(share.key(), (key, count) -> {
            int held = count == null ? 0 : count;
            if (held >= share.limit()) {
                return count;
            }
            taken[0] = true;
            return held + 1;
        });
        return taken[0];
    }

    private void give(Share share) {
        inPool.computeIfPresent(share.key(), (key, count) -> count > 1 ? count - 1 : null);
    }

    /** At most {@code limit} hashes in the pool for {@code key}; past it, {@code busy} (for the log). */
    private record Share(String key, int limit, String busy) {}

    /** A hash in the pool, whose shares are given back once, as soon as it stops using the pool. */
    private static final class Job<T> extends FutureTask<T> {
        private final AtomicBoolean left = new AtomicBoolean();
        private final Runnable giveBack;

        Job(Callable<T> work, Runnable giveBack) {
            super(work);
            this.giveBack = giveBack;
        }

        /** Cancelled while queued, it never calls its work: it leaves the pool here. */
        @Override
        public void run() {
            try {
                super.run();
            } finally {
                leavePool();
            }
        }

        /** Done: out of the pool before its caller can see the result (and send its next request). */
        @Override
        protected void set(T result) {
            leavePool();
            super.set(result);
        }

        @Override
        protected void setException(Throwable failure) {
            leavePool();
            super.setException(failure);
        }

        void leavePool() {
            if (left.compareAndSet(false, true)) {
                giveBack.run();
            }
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
