package org.casillero.shared.web;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.casillero.shared.BodyRefused;
import org.jspecify.annotations.Nullable;

/**
 * One request's body as it arrives ({@link BodyLimits}): read at the least rate, holding the memory
 * counted for it, given back when the request ends. Used by the request's own thread only.
 */
final class Arrival implements AutoCloseable {
    static final String ATTRIBUTE = Arrival.class.getName();

    /** One read of the body: the bytes it got, or -1 at the body's end. */
    interface Read {
        int next() throws IOException;
    }

    private final BodyLimits limits;
    private final String client;
    private boolean begun;
    private boolean newcomer;
    private long started;
    private long received;
    private long held;
    private boolean refused;

    Arrival(BodyLimits limits, String client) {
        this.limits = limits;
        this.client = client;
    }

    /** The arrival of a request that has a body; null for one without. */
    static @Nullable Arrival of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Arrival arrival ? arrival : null;
    }

    /**
     * One read of the body, at the least rate: a {@link BodyRefused} when the body comes too slowly
     * (a pause longer than the grace ends in the container's read timeout). The body's first read
     * takes room for the container's buffers.
     */
    int read(Read read) throws IOException {
        if (!begun) {
            newcomer = limits.holdsNothing(client);
            hold(BodyLimits.CONTAINER_BUFFERS);
            begun = true;
            started = System.nanoTime();
        }
        int got;
        try {
            got = read.next();
        } catch (IOException e) {
            if (e instanceof SocketTimeoutException || e.getCause() instanceof SocketTimeoutException) {
                throw refuse(BodyRefused.Why.TOO_SLOW);
            }
            throw e;
        }
        if (got > 0) {
            received += got;
        }
        if (!limits.fastEnough(started, received, System.nanoTime())) {
            throw refuse(BodyRefused.Why.TOO_SLOW);
        }
        return got;
    }

    /** Counts {@code bytes} more kept of the body: a {@link BodyRefused} when the limits leave no room for them. */
    void hold(long bytes) {
        if (!limits.reserve(client, bytes, newcomer)) {
            throw refuse(BodyRefused.Why.NO_ROOM);
        }
        held += bytes;
    }

    /** Whether the body was refused already (too slow, no room): it is not read again. */
    boolean refused() {
        return refused;
    }

    private BodyRefused refuse(BodyRefused.Why why) {
        refused = true;
        return limits.refuse(why, client);
    }

    @Override
    public void close() {
        limits.release(client, held);
        held = 0;
    }
}
