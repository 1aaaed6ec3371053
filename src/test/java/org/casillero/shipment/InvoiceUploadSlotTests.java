package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.SlowRequest;
import org.casillero.partner.TestPartners;
import org.casillero.partner.TestPartners.TestPartner;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invoice uploads are bounded in number (eight bodies read at once), and no API user can take that
 * bound from the others: an upload's credentials and GUID are checked before it takes a slot or any of
 * its body is read, and one API user holds at most its share of the slots. Slow uploads from one
 * partner's API user, with made-up GUIDs or with real ones, leave another partner's uploads working.
 */
class InvoiceUploadSlotTests extends BoxApiTest {
    private static final String DATA = BoxClient.CUSTOMER + "customer-upload-invoice-data";
    private static final String FILE = BoxClient.CUSTOMER + "customer-upload-invoice-file";
    private static final byte[] PDF =
            "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SLOTS = 8;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Staff staff;
    private final List<SlowRequest> slow = new ArrayList<>();

    @BeforeEach
    void warehouse() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
    }

    @AfterEach
    void hangUp() {
        slow.forEach(SlowRequest::close);
    }

    @Test
    void answersAnUnknownGuidAtOnceWithoutTakingASlotSoThatOtherPartnersStillUpload() {
        for (int i = 0; i < 2 * SLOTS; i++) {
            slow.add(slowUpload(UUID.randomUUID().toString()));
        }

        List<String> answers = slow.stream()
                .map(upload -> upload.answer(Duration.ofSeconds(3)))
                .toList();
        BoxClient.Response other = otherPartnersUpload();

        assertThat(answers)
                .as("each slow upload of a made-up GUID is answered before its body is read")
                .allSatisfy(answer -> assertThat(answer)
                        .contains("invoice_file_guid is not an invoice file registered for this box."));
        assertThat(other.status()).as(other.text()).isEqualTo(200);
        assertThat(other.verified()).as(other.text()).isTrue();
    }

    @Test
    void letsOneApiUserHoldOnlyItsShareOfTheSlotsWithRealGuidsSoThatOtherPartnersStillUpload() throws Exception {
        Customer customer = register();
        long trck = receive(customer.boxId());
        for (int i = 0; i < SLOTS; i++) {
            String guid = guid(appCredentials(), customer, trck, "slow-" + i + ".pdf");
            slow.add(slowUpload(guid));
        }
        Thread.sleep(1_000); // the slow uploads have reached the server and taken what they can

        long started = System.nanoTime();
        BoxClient.Response other = otherPartnersUpload();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(other.status()).as(other.text()).isEqualTo(200);
        assertThat(other.verified()).as(other.text()).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    /** A PDF uploaded by a customer of a partner of its own, with that partner's own API user. */
    private BoxClient.Response otherPartnersUpload() {
        TestPartner partner = TestPartners.create(context);
        ObjectNode app = BoxClient.JSON.createObjectNode();
        app.put("user_code", partner.userCode());
        app.put("app_key", partner.appKey());
        ObjectNode registration = registration(uniqueEmail());
        registration.setAll(app);
        registration.put("copa_id", partner.copaId());
        Customer customer = register(registration);
        long trck = receive(customer.boxId());
        String guid = guid(app, customer, trck, "invoice.pdf");
        return box.send(HttpRequest.newBuilder(URI.create(box.base() + FILE))
                .header("Content-Type", "text/plain")
                .header("invoice_file_guid", guid)
                .header("user_code", String.valueOf(partner.userCode()))
                .header("app_key", partner.appKey())
                .header("customer_box_id", String.valueOf(customer.boxId()))
                .header("customer_key", customer.key())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF)));
    }

    private long receive(long boxId) {
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "S%d", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(boxId, System.nanoTime()));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    private String guid(ObjectNode app, Customer customer, long trck, String name) {
        ObjectNode body = app.deepCopy();
        body.put("customer_box_id", customer.boxId());
        body.put("customer_key", customer.key());
        body.put("trck_nmr_fol", trck);
        body.put("invoice_file_name", name);
        BoxClient.Response registered = box.post(DATA, body);
        assertThat(registered.verified()).as(registered.text()).isTrue();
        return registered.first().get("invoice_file_guid").asString();
    }

    /**
     * An upload whose body (declared 100,000 bytes) arrives at 500 bytes a second, as an attacker
     * holding an upload slot sends it: fast enough for the least rate a body must keep, so that only
     * the slots' own rules stand between it and the other uploads.
     */
    private SlowRequest slowUpload(String guid) {
        return SlowRequest.send(
                port,
                "POST " + FILE + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 100000\r\ninvoice_file_guid: " + guid + "\r\nuser_code: 396\r\napp_key: "
                        + Seeds.APP_KEY + "\r\n\r\n%PDF-1.4\n",
                50,
                Duration.ofMillis(100));
    }
}
