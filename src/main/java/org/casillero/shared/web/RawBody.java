package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * The raw body of a {@link BoxUpload} operation, as opaque octets. Reading it takes one of a few
 * upload slots ({@link UploadSlots}), so that only so many files are held in memory at once; the slot
 * is given back when the {@link Upload} is closed.
 */
public final class RawBody {
    private final HttpServletRequest request;
    private final UploadSlots slots;

    RawBody(HttpServletRequest request, UploadSlots slots) {
        this.request = request;
        this.slots = slots;
    }

    /**
     * The body of an upload by this API user (its credentials checked), refused (HTTP 413) when it is
     * larger than {@code maxBytes}; read as it arrives (at the least rate, counted as kept: {@link
     * Arrival}) once a slot is free. What a client still sends of a refused body is read and dropped
     * after the answer ({@link ArrivalValve}), for the client to read it; a client that asked {@code
     * Expect: 100-continue} is answered at once and never sends it.
     */
    public Upload read(long maxBytes, int apiUser) {
        if (request.getContentLengthLong() > maxBytes) {
            throw new RequestTooLarge(maxBytes);
        }
        UploadSlots.Slot slot = slots.take(apiUser);
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length > maxBytes) {
                throw new RequestTooLarge(maxBytes);
            }
            return new Upload(bytes, slot);
        } catch (IOException e) {
            slot.close();
            throw new IncompleteBody(e);
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
    }

    /** A body read into memory; closing it gives its upload slot back. */
    public static final class Upload implements AutoCloseable {
        private final byte[] bytes;
        private final UploadSlots.Slot slot;

        Upload(byte[] bytes, UploadSlots.Slot slot) {
            this.bytes = bytes;
            this.slot = slot;
        }

        public byte[] bytes() {
            return bytes;
        }

        @Override
        public void close() {
            slot.close();
        }
    }
}
