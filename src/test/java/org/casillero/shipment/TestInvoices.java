package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.casillero.BoxApiTest.Customer;
import org.casillero.BoxClient;
import org.casillero.RawHttp;
import org.casillero.Seeds;
import org.casillero.geo.Geography;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Shipments with invoice files for tests, uploaded as partner sites upload them, and raw downloads of their links. */
final class TestInvoices {
    static final String DATA = BoxClient.CUSTOMER + "customer-upload-invoice-data";
    static final String FILE = BoxClient.CUSTOMER + "customer-upload-invoice-file";
    static final String CUSTOM = BoxClient.CUSTOMER + "customer-upload-invoice-custom";
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final byte[] PDF =
            "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestInvoices() {
        throw new AssertionError();
    }

    /** A GET of the link, its body read whole. */
    static HttpResponse<byte[]> download(String url) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The country of the registration example's address (Mexico), whose invoice rule tests set. */
    static int mexico(ApplicationContext context) {
        return context.getBean(Geography.class).findPlace(95411).orElseThrow().countryCode();
    }

    /** A PDF of exactly {@code size} bytes, its tail a pattern (so that a misplaced piece shows). */
    static byte[] pdfOfSize(int size) {
        byte[] bytes = Arrays.copyOf(PDF, size);
        for (int i = PDF.length; i < size; i++) {
            bytes[i] = (byte) ('a' + (i % 23));
        }
        return bytes;
    }

    static long receive(Staff staff, Customer customer) {
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "D%d", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    static BoxClient.Response register(BoxClient box, Customer customer, long trck, String fileName) {
        return box.post(DATA, customer.credentials().put("trck_nmr_fol", trck).put("invoice_file_name", fileName));
    }

    static String guid(BoxClient box, Customer customer, long trck, String fileName) {
        BoxClient.Response registered = register(box, customer, trck, fileName);
        assertThat(registered.verified()).as(registered.text()).isTrue();
        return registered.first().get("invoice_file_guid").asString();
    }

    static BoxClient.Response upload(BoxClient box, Customer customer, String guid, byte[] bytes) {
        return box.send(HttpRequest.newBuilder(URI.create(box.base() + FILE))
                .header("Content-Type", "text/plain")
                .header("invoice_file_guid", guid)
                .header("user_code", String.valueOf(Seeds.USER_CODE))
                .header("app_key", Seeds.APP_KEY)
                .header("customer_key", customer.key())
                .header("customer_box_id", String.valueOf(customer.boxId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** customer-upload-invoice-custom: one line of "Shoes" at each price. */
    static BoxClient.Response typed(BoxClient box, Customer customer, long trck, String... prices) {
        ObjectNode body = customer.credentials().put("trck_nmr_fol", String.valueOf(trck));
        ArrayNode detail = body.putArray("detail");
        for (String price : prices) {
            detail.addObject()
                    .put("quantity", "1")
                    .put("description", "Shoes")
                    .put("price_value", price)
                    .put("reference_code", "");
        }
        return box.post(CUSTOM, body);
    }

    /** Registers and uploads a file for the shipment: answers its download link. */
    static String uploaded(BoxClient box, Customer customer, long trck, String fileName, byte[] bytes) {
        BoxClient.Response uploaded = upload(box, customer, guid(box, customer, trck, fileName), bytes);
        assertThat(uploaded.verified()).as(uploaded.text()).isTrue();
        return uploaded.first().get("invoice_file_url").asString();
    }

    /**
     * A download begun over a bare socket whose reader reads the answer's head and then nothing more
     * (a receive buffer of a few KiB, so that the server cannot hand it much): what a slow or
     * malicious reader does to a server.
     */
    static final class StalledDownload implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;

        StalledDownload(String url) {
            this(url, null, null);
        }

        /**
         * The same, as a staff member (with its bearer token) when {@code token} is not null, from that
         * address of this machine when {@code from} is not null (any of 127.0.0.0/8 reaches a server
         * listening on 127.0.0.1: as many clients as addresses).
         */
        StalledDownload(String url, @Nullable String token, @Nullable String from) {
            URI link = URI.create(url);
            try {
                socket = new Socket();
                if (from != null) {
                    socket.bind(new java.net.InetSocketAddress(from, 0));
                }
                socket.setReceiveBufferSize(4096);
                socket.setSoTimeout(30_000);
                socket.connect(new java.net.InetSocketAddress(link.getHost(), link.getPort()));
                OutputStream out = socket.getOutputStream();
                String query = link.getRawQuery() == null ? "" : "?" + link.getRawQuery();
                String authorization = token == null ? "" : "Authorization: Bearer " + token + "\r\n";
                out.write(("GET " + link.getRawPath() + query + " HTTP/1.1\r\nHost: " + link.getHost() + "\r\n"
                                + authorization + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                in = socket.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The answer's status line and headers, read off the wire (and nothing of the body). */
        String head() {
            try {
                return RawHttp.readHead(in) + "\r\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int status(String head) {
            return Integer.parseInt(head.substring(9, 12));
        }

        /** Reads exactly {@code length} bytes of the body (a short answer's). */
        String body(int length) {
            try {
                return new String(in.readNBytes(length), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Reads the rest of what the server sends until it closes the connection (or the socket's
         * timeout passes): the number of body bytes read, -1 if the server never closed it.
         */
        long drain() {
            long read = 0;
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read += n;
                }
                return read;
            } catch (java.net.SocketTimeoutException e) {
                return -1;
            } catch (IOException reset) {
                return read;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing: nothing more to do
            }
        }
    }
}
