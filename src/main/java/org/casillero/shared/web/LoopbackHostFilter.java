package org.casillero.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.Deployment;
import org.casillero.shared.LogText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With the demo data on (the public sample app key), the server listens on loopback only; that
 * alone does not keep out a web page: one on {@code evil.example} whose name the attacker then
 * makes resolve to 127.0.0.1 (DNS rebinding) has the visitor's browser call this server as its
 * own origin, sending the demo key. Such a request names the attacker's host in its {@code Host}
 * header, which the page cannot change: so only requests addressed to {@code localhost},
 * {@code 127.0.0.1} or {@code [::1]} (any port) are answered, the rest refused with 421 in the
 * envelope before anything reads them. The header as sent is read, not the server name, which a
 * trusted proxy's {@code X-Forwarded-Host} (a header such a page may set) would replace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
final class LoopbackHostFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(LoopbackHostFilter.class);
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]]*)(?::[0-9]{1,5})?");

    private final boolean demoData;
    private final BoxErrorMapper mapper;
    private final AtomicBoolean told = new AtomicBoolean();

    LoopbackHostFilter(CasilleroSettings settings, Deployment deployment, BoxErrorMapper mapper) {
        this.demoData = deployment.demoData(settings);
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !demoData;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        @Nullable String host = request.getHeader(HttpHeaders.HOST);
        if (isLoopbackName(host)) {
            chain.doFilter(request, response);
            return;
        }
        if (told.compareAndSet(false, true)) {
            log.warn(
                    "Refused a request addressed to host {}: with the demo data on (the public sample app key)"
                            + " this server answers requests for localhost, 127.0.0.1 and [::1] only; set"
                            + " CASILLERO_DEMO_DATA=false on a server reached by any other name (told once)",
                    host == null ? "(none)" : LogText.printable(host));
        }
        BoxErrorMapper.write(mapper.misdirected(), response);
    }

    static boolean isLoopbackName(@Nullable String host) {
        if (host == null) {
            return false;
        }
        Matcher parts = HOST_AND_PORT.matcher(host.strip());
        return parts.matches() && LOOPBACK_NAMES.contains(parts.group(1).toLowerCase(Locale.ROOT));
    }
}
