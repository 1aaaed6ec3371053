package org.casillero.warehouseapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The warehouse API's bodies are at most {@link #MAX_BYTES}: a batch of 1,000 events with the longest
 * observations fits, and a staff token (a scanner's, maybe lost) does not make the server read
 * megabytes to refuse them. A body that says it is longer is refused before a byte of it is read; one
 * that does not say (chunked) as soon as it passes the limit ({@link BodyTooLarge}: 413).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
final class StaffBodyLimit extends OncePerRequestFilter {
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/warehouse/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Bounded(request), response);
    }

    /** A body over the limit: the answer closes the connection rather than read the rest. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("The body is larger than " + MAX_BYTES / (1024 * 1024) + " MiB.", null, false, false);
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (getContentLengthLong() > MAX_BYTES) {
                throw new BodyTooLarge();
            }
            if (stream == null) {
                stream = new Counted(super.getInputStream());
            }
            return stream;
        }
    }

    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Counted(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            int n = in.read(into, offset, length);
            count(n);
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        private void count(int n) {
            if (n > 0 && (read += n) > MAX_BYTES) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
