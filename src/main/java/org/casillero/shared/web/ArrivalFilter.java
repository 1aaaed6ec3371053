package org.casillero.shared.web;

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
 * Whatever reads a request's body (the Box API's readers, Spring's for the warehouse API) reads it
 * through its {@link Arrival}: at the least rate, each byte read counted as kept until the request ends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class ArrivalFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Arrival arrival = Arrival.of(request);
        chain.doFilter(arrival == null ? request : new Arriving(request, arrival), response);
    }

    private static final class Arriving extends HttpServletRequestWrapper {
        private final Arrival arrival;
        private ServletInputStream stream;

        Arriving(HttpServletRequest request, Arrival arrival) {
            super(request);
            this.arrival = arrival;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Kept(super.getInputStream(), arrival);
            }
            return stream;
        }
    }

    private static final class Kept extends ServletInputStream {
        private final ServletInputStream in;
        private final Arrival arrival;

        Kept(ServletInputStream in, Arrival arrival) {
            this.in = in;
            this.arrival = arrival;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            int read = arrival.read(() -> in.read(into, offset, length));
            if (read > 0) {
                arrival.hold(read);
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
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
