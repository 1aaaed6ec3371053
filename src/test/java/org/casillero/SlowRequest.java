package org.casillero;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A request whose body its client sends slowly, on a socket of its own (as slowhttptest's slow-body
 * mode does): the head at once, then {@code drop} bytes of the body at each {@code every}, until the
 * server closes the connection or the test closes it (spaces: a JSON body stays valid as far as it
 * came). Reads what the server answers meanwhile.
 */
public final class SlowRequest implements AutoCloseable {
    private final Socket socket;
    private final Thread dripping;

    private SlowRequest(Socket socket, byte[] head, int drop, Duration every) throws IOException {
        this.socket = socket;
        OutputStream out = socket.getOutputStream();
        out.write(head);
        out.flush();
        byte[] bytes = " ".repeat(drop).getBytes(StandardCharsets.US_ASCII);
        this.dripping = Thread.ofVirtual().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted() && drop > 0) {
                    Thread.sleep(every);
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException | InterruptedException stopped) {
                // the server closed the connection, or the test is over
            }
        });
    }

    /**
     * Sends the head (the request line and headers, ending in an empty line, and the body's first
     * bytes) from the local address {@code from}, then the rest as said.
     */
    public static SlowRequest send(int port, String from, String head, int drop, Duration every) {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            return new SlowRequest(socket, head.getBytes(StandardCharsets.ISO_8859_1), drop, every);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SlowRequest send(int port, String head, int drop, Duration every) {
        return send(port, "127.0.0.1", head, drop, every);
    }

    /** The server's answer (its head and body), if it came within {@code wait}; "" if none did. */
    public String answer(Duration wait) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            socket.setSoTimeout((int) wait.toMillis());
            InputStream in = socket.getInputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < end.length) {
                int b = in.read();
                if (b < 0) {
                    return answer.toString(StandardCharsets.UTF_8);
                }
                answer.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String head = answer.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            int at = head.indexOf("content-length:");
            if (at >= 0) {
                int length = Integer.parseInt(
                        head.substring(at + 15, head.indexOf('\r', at)).trim());
                answer.write(in.readNBytes(length));
            } else {
                // chunked, on a connection that closes after it (every refusal's)
                answer.write(in.readAllBytes());
            }
        } catch (SocketTimeoutException noAnswer) {
            // what came so far
        } catch (IOException e) {
            answer.writeBytes(("\n" + e).getBytes(StandardCharsets.UTF_8));
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    /** Whether the server closed the connection within {@code wait} (after anything it still sent). */
    public boolean closedWithin(Duration wait) {
        try {
            socket.setSoTimeout((int) wait.toMillis());
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // what it still sends
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() {
        dripping.interrupt();
        try {
            socket.close();
        } catch (IOException ignored) {
            // gone already
        }
    }
}
