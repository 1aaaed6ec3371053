package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.casillero.shared.ServiceBusy;

/**
 * The raw body of a {@link BoxUpload} operation, as opaque octets. Reading it takes one of a few
 * upload slots, so that only so many files are held in memory at once; the slot is given back when
 * the {@link Upload} is closed.
 */
public final class RawBody {
    /** The most of an oversized body read (and dropped) so that its client can read the refusal. */
    static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    private final HttpServletRequest request;
    private final Semaphore slots;
    private final Duration wait;

    RawBody(HttpServletRequest request, Semaphore slots, Duration wait) {
        this.request = request;
        this.slots = slots;
        this.wait = wait;
    }

    /**
     * The body, refused (HTTP 413) when it is larger than {@code maxBytes}. The container closes the
     * connection after a 413, so a body the client is still sending is first read to its end (up to
     * {@link #DRAIN_LIMIT}, without keeping it) for the client to read the answer; a client that
     * asked {@code Expect: 100-continue} is answered at once and never sends it.
     */
    public Upload read(long maxBytes) {
        if (request.getContentLengthLong() > maxBytes) {
            if (!"100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
                drain();
            }
            throw new RequestTooLarge(maxBytes);
        }
        acquire();
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length > maxBytes) {
                discard(in);
                throw new RequestTooLarge(maxBytes);
            }
            return new Upload(bytes, slots);
        } catch (IOException e) {
            slots.release();
            throw new IncompleteBody(e);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    private void drain() {
        try (InputStream in = request.getInputStream()) {
            discard(in);
        } catch (IOException e) {
            throw new IncompleteBody(e);
        }
    }

    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        for (int read = 0; left > 0 && read >= 0; left -= read) {
            read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceBusy("every upload slot is taken");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusy("interrupted while waiting for an upload slot");
        }
    }

    /** A body read into memory; closing it gives its upload slot back. */
    public static final class Upload implements AutoCloseable {
        private final byte[] bytes;
        private final Semaphore slots;
        private boolean closed;

        Upload(byte[] bytes, Semaphore slots) {
            this.bytes = bytes;
            this.slots = slots;
        }

        public byte[] bytes() {
            return bytes;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                slots.release();
            }
        }
    }
}
