package org.casillero.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code Request-Id} (or {@code X-Request-Id}) when it is
 * a UUID (the form this server's own ids take, in lower case), a fresh UUID otherwise: a caller
 * that may name its requests any way it likes can make its lines read as another's in the log
 * ({@code admin-login-succeeded}), while a UUID only tells its own requests apart. The id is echoed in the {@code Request-Id} response header,
 * stands in every log line of the request, and closes it with one access-log line. A request that
 * the servlet container refused before any filter ran (a TRACE, a broken request line) gets its id
 * and its line on its error dispatch, or from {@link EnvelopeErrorReportValve} when there is none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RequestIdFilter extends OncePerRequestFilter {
    static final String HEADER = "Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[^\\x21-\\x7e]");
    private static final Logger access = LoggerFactory.getLogger(AsyncAccessLog.LOGGER);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The error dispatch of a request already under way: its first pass closes it.
        boolean opened = request.getAttribute(ATTRIBUTE) != null;
        String id = opened ? (String) request.getAttribute(ATTRIBUTE) : requestId(request);
        long started = System.nanoTime();
        request.setAttribute(ATTRIBUTE, id);
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (!opened) {
                // An error dispatch is a GET of the error page; the request as sent is in its attributes.
                logAccess(
                        sent(request, RequestDispatcher.ERROR_METHOD, request.getMethod()),
                        sent(request, RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI()),
                        response.getStatus(),
                        System.nanoTime() - started);
            }
            MDC.remove(MDC_KEY);
        }
    }

    static String requestId(HttpServletRequest request) {
        String inbound = firstNonNull(request.getHeader(HEADER), request.getHeader("X-Request-Id"));
        return inbound != null && UUID_FORM.matcher(inbound).matches() && !isNil(inbound)
                ? inbound.toLowerCase(Locale.ROOT)
                : freshId();
    }

    /** The nil UUID (and its like, every digit the same) names no request. */
    private static boolean isNil(String id) {
        return id.chars().filter(c -> c != '-').distinct().count() == 1;
    }

    /**
     * A random (version 4) UUID from a fast generator: an id tells requests apart in the log and needs
     * no secrecy, while {@link UUID#randomUUID()} reads the operating system's secure source each time.
     */
    private static String freshId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The line that closes a request; method and path as sent, shortened and unprintables replaced. */
    static void logAccess(@Nullable String method, @Nullable String uri, int status, long nanos) {
        access.info("{} {} -> {} in {} ms", printable(method, 16), printable(uri, 256), status, nanos / 1_000_000);
    }

    private static String printable(@Nullable String text, int max) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        String shown = UNPRINTABLE
                .matcher(text.length() > max ? text.substring(0, max) : text)
                .replaceAll("?");
        return text.length() > max ? shown + "..." : shown;
    }

    private static String sent(HttpServletRequest request, String errorAttribute, String value) {
        return request.getAttribute(errorAttribute) instanceof String original ? original : value;
    }

    private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
