package org.casillero.shared.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.casillero.shared.BodyRefused;
import org.jspecify.annotations.Nullable;

/**
 * Follows every request body from the moment its request enters the container ({@link Arrival}) to
 * the end of the request, and leaves no body for Tomcat to swallow at its own pace: what the
 * application did not read is read here and dropped, at the least rate, so that the client can read
 * the answer (a refusal, most often); a body too slow, too long to drop, or not sent yet (the client
 * waits for {@code 100 Continue}) has its connection closed after the answer instead, which says so
 * ({@code Connection: close}) unless it has left already (an answer to {@code Expect: 100-continue}
 * always says so).
 */
final class ArrivalValve extends ValveBase {
    /** The most of a body left unread that is read (and dropped) for its client to read the answer. */
    static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    private final BodyLimits limits;

    ArrivalValve(BodyLimits limits) {
        super(true);
        this.limits = limits;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        if (!hasBody(coyote)) {
            getNext().invoke(request, response);
            return;
        }
        if (coyote.hasExpectation()) {
            // Its answer may come before its body is asked for, the body then never sent: the
            // connection ends with the answer, as the answer says before it leaves.
            response.setHeader("Connection", "close");
        }
        try (Arrival arrival = limits.arrival(ClientAddresses.of(request))) {
            request.setAttribute(Arrival.ATTRIBUTE, arrival);
            getNext().invoke(request, response);
            if (!coyote.isFinished()) {
                boolean waiting = coyote.hasExpectation() && coyote.getBytesRead() == 0;
                if (waiting || arrival.refused() || !drained(coyote, arrival)) {
                    if (!response.isCommitted()) {
                        response.setHeader("Connection", "close");
                    }
                    coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                }
            }
        }
    }

    /** Whether the request comes with a body; not one whose framing the container refuses (two lengths). */
    private static boolean hasBody(org.apache.coyote.Request coyote) {
        try {
            return coyote.getContentLengthLong() > 0 || coyote.getHeader("Transfer-Encoding") != null;
        } catch (IllegalArgumentException refusedByTheContainer) {
            return false;
        }
    }

    /**
     * Reads the rest of the body from the container (whatever the application made of its stream) and
     * drops it, at most {@link #DRAIN_LIMIT} bytes: whether it ended.
     */
    private static boolean drained(org.apache.coyote.Request coyote, Arrival arrival) {
        Dropped dropped = new Dropped();
        try {
            for (long read = 0; read <= DRAIN_LIMIT; ) {
                int got = arrival.read(() -> coyote.doRead(dropped));
                if (got < 0) {
                    return true;
                }
                read += got;
            }
            return false;
        } catch (IOException | BodyRefused gone) {
            return false;
        }
    }

    /** Where the container puts what it reads: a view of its own buffer, looked at by nobody. */
    private static final class Dropped implements ApplicationBufferHandler {
        private @Nullable ByteBuffer buffer;

        @Override
        public void setByteBuffer(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public ByteBuffer getByteBuffer() {
            return buffer == null ? ByteBuffer.allocate(0) : buffer;
        }

        @Override
        public void expand(int size) {
            // the container's buffer is never kept
        }
    }
}
