package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.SlowRequest;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Request bodies as they arrive, attacked on a socket as slowhttptest's slow-body mode does, with
 * small limits: a body slower than the least rate after the grace, or pausing longer than it, is
 * answered 408 in its API's own format and its connection closed, whoever reads it (the Box API's
 * JSON, an invoice upload, the warehouse API, or nobody: an unknown path); bodies still arriving
 * hold at most so much memory per client address and in all, past which the next is answered 503
 * with Retry-After while other addresses are served (a client that holds none has room of its own).
 */
@TestPropertySource(
        properties = {
            "casillero.bodies.rate-grace=1s",
            "casillero.bodies.memory=3MB",
            "casillero.bodies.memory-per-client=2MB",
            "casillero.invoices.max-file-size=1MB"
        })
class BodyArrivalTests extends BoxApiTest {
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";
    /** The grace, a pause as long as the grace, and the container's second for noticing it. */
    private static final Duration DROPPED_WITHIN = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    private final List<SlowRequest> slow = new ArrayList<>();

    @AfterEach
    void hangUp() {
        slow.forEach(SlowRequest::close);
    }

    private SlowRequest post(String path, String headers, String first, int drop, Duration every) {
        return post("127.0.0.1", path, headers, first, drop, every);
    }

    private SlowRequest post(String from, String path, String headers, String first, int drop, Duration every) {
        SlowRequest request = SlowRequest.send(
                port,
                from,
                "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 60000\r\n" + headers + "\r\n" + first,
                drop,
                every);
        slow.add(request);
        return request;
    }

    @Test
    void answers408InTheEnvelopeAndClosesTheConnectionOfABodySlowerThanTheLeastRate() {
        double refused = refused("too-slow");
        SlowRequest request = post(GET_INFO, "", "{\"user_code\": 396", 2, Duration.ofMillis(200));

        String answer = request.answer(DROPPED_WITHIN);

        assertThat(answer).startsWith("HTTP/1.1 408").contains("Connection: close");
        assertThat(answer)
                .endsWith("[{\"_verify\":false,\"error\":{\"error_description\":"
                        + "\"The body arrived too slowly.\",\"error_location\":\"\",\"system_error\":false}}]");
        assertThat(request.closedWithin(Duration.ofSeconds(2))).isTrue();
        assertThat(refused("too-slow")).isGreaterThan(refused);
    }

    @Test
    void answers408InTheEnvelopeWhenABodyPausesLongerThanTheGrace() {
        SlowRequest request = post(GET_INFO, "", "{\"user_code\": 396", 0, Duration.ofSeconds(1));

        String answer = request.answer(DROPPED_WITHIN);

        assertThat(answer).startsWith("HTTP/1.1 408").contains("The body arrived too slowly.");
        assertThat(request.closedWithin(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void dropsASlowBodyThatNoOneReadsAfterAnsweringItsRequest() {
        SlowRequest request = post("/no-such-operation", "", "{", 2, Duration.ofMillis(200));

        String answer = request.answer(DROPPED_WITHIN);

        assertThat(answer).startsWith("HTTP/1.1 404").contains("\"_verify\":false");
        assertThat(request.closedWithin(DROPPED_WITHIN))
                .as("the container does not swallow the rest at the client's pace")
                .isTrue();
    }

    @Test
    void appliesTheLeastRateToInvoiceUploadsAndToTheWarehouseApi() {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        SlowRequest upload = post(
                BoxClient.CUSTOMER + "customer-upload-invoice-file",
                "invoice_file_guid: 0f8fad5b-d9cb-469f-a165-70867728950e\r\nuser_code: 396\r\napp_key: "
                        + org.casillero.Seeds.APP_KEY + "\r\n",
                "%PDF",
                2,
                Duration.ofMillis(200));
        SlowRequest warehouse = post(
                "/warehouse/v1/packages",
                "Authorization: Bearer " + staff.token() + "\r\n",
                "{",
                2,
                Duration.ofMillis(200));

        String uploaded = upload.answer(DROPPED_WITHIN);
        String received = warehouse.answer(DROPPED_WITHIN);

        assertThat(uploaded)
                .as("an upload is answered before its body, or refused as too slow")
                .containsAnyOf("HTTP/1.1 408", "invoice_file_guid");
        assertThat(upload.closedWithin(DROPPED_WITHIN)).isTrue();
        assertThat(received).startsWith("HTTP/1.1 408").contains("application/problem+json", "too slowly");
        assertThat(warehouse.closedWithin(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void refusesABodyWithNoRoomLeftForItsClientAs503WhileOtherAddressesAreServed() throws Exception {
        Customer customer = register();
        // From 127.0.0.3, at 500 bytes a second: above the least rate, each holds its room until the test ends.
        for (int i = 0; i < 20; i++) {
            post("127.0.0.3", GET_INFO, "", "{\"user_code\": 396", 50, Duration.ofMillis(100));
        }
        Thread.sleep(500);
        SlowRequest refused = post("127.0.0.3", GET_INFO, "", "{\"user_code\": 396", 50, Duration.ofMillis(100));

        String answer = refused.answer(Duration.ofSeconds(3));
        HttpResponse<String> other = getInfoFrom("127.0.0.2", customer);

        assertThat(answer).startsWith("HTTP/1.1 503").contains("Retry-After: 5", "The service is busy");
        assertThat(refused.closedWithin(Duration.ofSeconds(2))).isTrue();
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).contains("\"_verify\":true");
    }

    @Test
    void keepsRoomForAClientThatHoldsNoneWhenSlowClientsOfOtherAddressesTookAll() throws Exception {
        Customer customer = register();
        for (String from : List.of("127.0.0.4", "127.0.0.5")) {
            for (int i = 0; i < 14; i++) {
                post(from, GET_INFO, "", "{\"user_code\": 396", 50, Duration.ofMillis(100));
            }
        }
        Thread.sleep(500);
        SlowRequest more = post("127.0.0.4", GET_INFO, "", "{\"user_code\": 396", 50, Duration.ofMillis(100));

        String refused = more.answer(Duration.ofSeconds(3));
        HttpResponse<String> other = getInfoFrom("127.0.0.6", customer);

        assertThat(refused).startsWith("HTTP/1.1 503");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).contains("\"_verify\":true");
    }

    /** The customer's get-info from another client address. */
    private HttpResponse<String> getInfoFrom(String address, Customer customer) throws Exception {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(box.base() + GET_INFO))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        customer.credentials().toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private double refused(String reason) {
        return meters.counter("casillero.bodies.refused", "reason", reason).count();
    }
}
