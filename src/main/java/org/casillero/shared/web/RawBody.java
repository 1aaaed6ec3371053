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
    private final HttpServletRequest request;
    private final Semaphore slots;
    private final Duration wait;

    RawBody(HttpServletRequest request, Semaphore slots, Duration wait) {
        this.request = request;
        this.slots = slots;
        this.wait = wait;
    }

    /**
     * The body, refused (HTTP 413) when it is larger than {@code maxBytes}, read as it arrives (at the
     * least rate, counted as kept: {@link Arrival}). What a client still sends of a refused body is
     * read and dropped after the answer ({@link ArrivalValve}), for the client to read it; a client
     * that asked {@code Expect: 100-continue} is answered at once and never sends it.
     */
    public Upload read(long maxBytes) {
        if (request.getContentLengthLong() > maxBytes) {
            throw new RequestTooLarge(maxBytes);
        }
        acquire();
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length > maxBytes) {
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
