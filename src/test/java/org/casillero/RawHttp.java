package org.casillero;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Talks to a running server over a bare TCP socket, for requests that no HTTP client sends: broken
 * request lines, duplicate or unknown framing headers, oversized headers, bodies cut short.
 */
public final class RawHttp {
    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** One answer as it came off the wire. */
    public record Answer(int status, List<String> headerLines, String body) {
        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim())
                    .findFirst();
        }

        public JsonNode json() {
            return BoxClient.JSON.readTree(body);
        }
    }

    /** Sends the text (ISO-8859-1, so every char is one byte) and reads the one answer. */
    public Answer exchange(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            send(socket, request);
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the text and closes the connection without waiting for any answer. */
    public void sendAndHangUp(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            send(socket, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        try {
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (SocketException e) {
            // The server may refuse and close before it has read everything (an oversized header):
            // its answer is already on its way.
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String head = readHead(in);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        Answer headOnly = new Answer(status, headers, "");
        byte[] body = headOnly.header("Content-Length")
                .map(length -> readExactly(in, Integer.parseInt(length)))
                .orElseGet(() -> readToEnd(in));
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** An answer's status line and headers, read off the wire up to the blank line (nothing of the body). */
    public static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed inside the answer's head: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).stripTrailing();
    }

    private static byte[] readExactly(InputStream in, int length) {
        try {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readToEnd(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
