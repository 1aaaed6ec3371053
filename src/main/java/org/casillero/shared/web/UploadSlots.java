package org.casillero.shared.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.casillero.shared.ServiceBusy;

/**
 * The slots of the uploads whose bodies are read into memory: so many at once, and so many of them
 * for one API user, so that one partner's uploads (or an attacker's, with one partner's key) never
 * take every slot from the others. An upload waits for its API user's share, then for a slot, at most
 * {@code wait} in all; past it the answer is "busy".
 */
final class UploadSlots {
    private final Semaphore all;
    private final int share;
    private final Duration wait;
    private final ConcurrentHashMap<Integer, Semaphore> byApiUser = new ConcurrentHashMap<>();

    UploadSlots(int slots, int share, Duration wait) {
        this.all = new Semaphore(slots, true);
        this.share = share;
        this.wait = wait;
    }

    /** A slot for an upload of this (authenticated) API user, given back when closed. */
    Slot take(int apiUser) {
        Semaphore own = byApiUser.computeIfAbsent(apiUser, user -> new Semaphore(share, true));
        long deadline = System.nanoTime() + wait.toNanos();
        acquire(own, deadline, "every upload slot of API user " + apiUser + " is taken");
        try {
            acquire(all, deadline, "every upload slot is taken");
        } catch (RuntimeException e) {
            own.release();
            throw e;
        }
        return new Slot(own);
    }

    private static void acquire(Semaphore slots, long deadline, String busy) {
        try {
            if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new ServiceBusy(busy);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusy("interrupted while waiting for an upload slot");
        }
    }

    /** One upload's slot and its share of its API user's. */
    final class Slot implements AutoCloseable {
        private final Semaphore own;
        private boolean closed;

        private Slot(Semaphore own) {
            this.own = own;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                all.release();
                own.release();
            }
        }
    }
}
