package org.casillero.shared.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.casillero.shared.LogText;
import org.casillero.shared.Occasionally;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The client address that the per-address limits count (failed logins, cards, downloads, bodies).
 * Behind a proxy ({@code server.forward-headers-strategy=native}) Tomcat takes it from {@code
 * X-Forwarded-For} when the connection comes from an internal proxy (by default loopback and the
 * private networks), and does not check that the entry is an address: a caller there could send a
 * new string with each request, and be a new client (fresh limits, one more row in the throttle
 * tables) each time. So an address that is an IP literal counts in its canonical form (parsed,
 * never looked up), and anything else counts as the connection's own peer address, which the
 * operator is told of (at most every ten minutes). A valve of the context, which runs after every
 * valve of the engine (Tomcat's own {@code RemoteIpValve} among them), puts it in place for the
 * application; the engine's own valves ask {@link #of} themselves.
 */
@Component
final class ClientAddresses implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private static final Logger log = LoggerFactory.getLogger(ClientAddresses.class);
    private static final String NOTE = ClientAddresses.class.getName();
    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private static final Occasionally REPLACED = new Occasionally(Duration.ofMinutes(10));

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new Valve());
    }

    /**
     * The request's client address: the one the container found if it is an IP literal, else the
     * peer's. Decided once for the address found (kept in a note of the request).
     */
    static String of(Request request) {
        String found = request.getRemoteAddr();
        String peer = request.getPeerAddr();
        if (found == null || found.equals(peer)) {
            return peer;
        }
        if (request.getNote(NOTE) instanceof Decided decided && decided.found().equals(found)) {
            return decided.client();
        }
        @Nullable String literal = canonical(found);
        String client = literal != null ? literal : peer;
        if (literal == null) {
            replaced(found, peer);
        }
        request.setNote(NOTE, new Decided(found, client));
        return client;
    }

    private record Decided(String found, String client) {}

    /** The text as an IP address in canonical form, if it is an IPv4 or IPv6 literal; never a DNS lookup. */
    static @Nullable String canonical(String text) {
        boolean v4 = IPV4.matcher(text).matches();
        if (!v4 && !(text.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(text).matches())) {
            return null;
        }
        try {
            // A name in brackets is taken as an IPv6 literal or refused, never looked up.
            return InetAddress.getByName(v4 ? text : "[" + text + "]").getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    private static void replaced(String found, String peer) {
        REPLACED.count()
                .ifPresent(tally -> log.warn(
                        "{} request(s) in the last {} s came with a forwarded client address that is no IP address"
                                + " (the latest: {}, from {}): counted as their connection's address instead. Is"
                                + " server.tomcat.remoteip.internal-proxies the proxy's address only?",
                        tally.count(),
                        tally.over().toSeconds(),
                        LogText.printable(found),
                        peer));
    }

    private static final class Valve extends ValveBase {
        Valve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String client = of(request);
            if (!client.equals(request.getRemoteAddr())) {
                request.setRemoteAddr(client);
                request.setRemoteHost(client);
            }
            getNext().invoke(request, response);
        }
    }
}
