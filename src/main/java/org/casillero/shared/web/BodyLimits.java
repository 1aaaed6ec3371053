package org.casillero.shared.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.casillero.shared.BodyRefused;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Occasionally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The limits on request bodies as they arrive ({@code casillero.bodies}), against clients that send
 * them slowly to hold the server's memory and connections (R.U.D.Y.): a body read must come at the
 * least rate after a grace, and bodies not read to their end hold at most so much memory, in all and
 * per client address. Each is counted from what it really holds: the bytes kept of it, and the
 * container's buffers of its request; never from the length it declares.
 *
 * <p>Put in place in Tomcat after Spring Boot's own customizations (so that the client address is the
 * one a proxy forwarded, when the operator trusts it): {@link ArrivalValve} follows every body, the
 * longest pause between two packets of a body is the grace, and Tomcat never reads a body as form
 * parameters (it would read it into an array of the length declared, past these limits).
 */
@Component
final class BodyLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    /**
     * What a request whose body is being read holds before any of its bytes, counted for each: 142 KB
     * measured (500 slow bodies on Tomcat 11 with virtual threads): the container's socket, request
     * and response buffers, the request's thread, and the reader's first buffer.
     */
    static final long CONTAINER_BUFFERS = 144 * 1024;

    private static final Logger log = LoggerFactory.getLogger(BodyLimits.class);

    private final long minRate;
    private final long graceNanos;
    private final long memory;
    private final long memoryPerClient;
    private final AtomicLong held = new AtomicLong();
    private final ConcurrentHashMap<String, Long> heldByClient = new ConcurrentHashMap<>();
    private final Counter tooSlow;
    private final Counter noRoom;
    private final Occasionally refusals = new Occasionally(Duration.ofSeconds(10));

    BodyLimits(CasilleroSettings settings, MeterRegistry meters) {
        CasilleroSettings.Bodies bodies = settings.bodies();
        this.minRate = bodies.minRate().toBytes();
        this.graceNanos = bodies.rateGrace().toNanos();
        this.memory = bodies.memory().toBytes();
        this.memoryPerClient = bodies.memoryPerClient().toBytes();
        check(minRate > 0, "casillero.bodies.min-rate must be positive");
        check(bodies.rateGrace().toMillis() > 0, "casillero.bodies.rate-grace must be positive");
        check(memoryPerClient <= memory, "casillero.bodies.memory-per-client must not exceed casillero.bodies.memory");
        long upload = settings.invoices().maxFileSize().toBytes() + CONTAINER_BUFFERS;
        check(
                memoryPerClient >= upload,
                "casillero.bodies.memory-per-client must hold an invoice file (casillero.invoices.max-file-size) "
                        + "and the container's buffers: at least " + upload + " bytes");
        this.tooSlow = meters.counter("casillero.bodies.refused", "reason", "too-slow");
        this.noRoom = meters.counter("casillero.bodies.refused", "reason", "no-room");
    }

    private static void check(boolean holds, String otherwise) {
        if (!holds) {
            throw new IllegalArgumentException(otherwise);
        }
    }

    /** The body of a request from this client address, as it arrives. */
    Arrival arrival(String client) {
        return new Arrival(this, client);
    }

    /** Whether the client holds nothing yet: its next body may use the newcomers' room. */
    boolean holdsNothing(String client) {
        return !heldByClient.containsKey(client);
    }

    /**
     * Room for so many more bytes of a client's body, if the limits leave it. A body that began when
     * its client held nothing ({@code newcomer}) may go a quarter beyond the memory for all, so that
     * a crowd of slow clients from many addresses does not shut out the others.
     */
    boolean reserve(String client, long bytes, boolean newcomer) {
        if (held.addAndGet(bytes) > (newcomer ? memory + memory / 4 : memory)) {
            held.addAndGet(-bytes);
            return false;
        }
        boolean[] room = {true};
        heldByClient.compute(client, (address, before) -> {
            long now = (before == null ? 0 : before) + bytes;
            room[0] = now <= memoryPerClient;
            return room[0] ? Long.valueOf(now) : before;
        });
        if (!room[0]) {
            held.addAndGet(-bytes);
        }
        return room[0];
    }

    void release(String client, long bytes) {
        if (bytes > 0) {
            held.addAndGet(-bytes);
            heldByClient.computeIfPresent(client, (address, before) -> before - bytes <= 0 ? null : before - bytes);
        }
    }

    /**
     * Whether a body that began to arrive at {@code started} (nanoseconds) has come fast enough with
     * {@code received} bytes at {@code now}: any rate within the grace, the least rate on average after.
     */
    boolean fastEnough(long started, long received, long now) {
        long elapsed = now - started;
        return elapsed <= graceNanos || received * 1_000_000_000.0 >= (double) minRate * elapsed;
    }

    /** A body refused, counted ({@code casillero.bodies.refused}) and told to the operator once in a while. */
    BodyRefused refuse(BodyRefused.Why why, String client) {
        (why == BodyRefused.Why.TOO_SLOW ? tooSlow : noRoom).increment();
        refusals.count()
                .ifPresent(tally -> log.warn(
                        "Refused {} request bodies in the last {} s (too slow, or no room left under casillero.bodies), "
                                + "the latest from client:{} ({})",
                        tally.count(),
                        tally.over().toSeconds(),
                        client,
                        why));
        return new BodyRefused(why);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new ArrivalValve(this));
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("disableUploadTimeout", "false");
            connector.setProperty(
                    "connectionUploadTimeout",
                    String.valueOf(Duration.ofNanos(graceNanos).toMillis()));
            connector.setParseBodyMethods("");
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
