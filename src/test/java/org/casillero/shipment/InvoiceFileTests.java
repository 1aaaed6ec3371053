package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.JsonShape;
import org.casillero.MutableClock;
import org.casillero.Seeds;
import org.casillero.rating.InvoiceRule;
import org.casillero.rating.RatingAdministration;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A customer uploads a shipment's invoice file in the two steps partner sites use: the file's name
 * (customer-upload-invoice-data), then its raw bytes with the credentials and GUID as headers
 * (customer-upload-invoice-file), as the WordPress plugin sends them; the file then downloads from
 * the signed link in the answer and the lists. Packages for a country whose rule wants an invoice are
 * held until it arrives.
 */
@Import(MutableClock.class)
class InvoiceFileTests extends BoxApiTest {
    private static final String DATA = BoxClient.CUSTOMER + "customer-upload-invoice-data";
    private static final String FILE = BoxClient.CUSTOMER + "customer-upload-invoice-file";
    private static final String HBC = BoxClient.CUSTOMER + "customer-get-shipments-hbc";
    private static final String INFO = "/wcf-services/service-shipment.svc/shipment/get-shipment-info";
    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF =
            "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    private Staff staff;

    @BeforeEach
    void warehouse() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
    }

    @AfterEach
    void noInvoiceRule() {
        context.getBean(RatingAdministration.class).removeInvoiceRule(TestInvoices.mexico(context));
    }

    private long receive(Customer customer, String family, String declaredValue) {
        BoxClient.Response received =
                staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "F%d", "familyProduct": "%s", "declaredValue": %s,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime(), family, declaredValue));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    private long receive(Customer customer) {
        return receive(customer, "", "1");
    }

    /** Step 1 as the plugin sends it: strings everywhere, the application's credentials in user_info. */
    private BoxClient.Response register(Customer customer, long trck, String fileName) {
        ObjectNode body = BoxClient.JSON.createObjectNode();
        body.put("trck_nmr_fol", String.valueOf(trck));
        body.put("invoice_file_name", fileName);
        body.putObject("user_info").put("user_code", "396").put("app_key", Seeds.APP_KEY);
        body.put("customer_key", customer.key());
        body.put("customer_box_id", String.valueOf(customer.boxId()));
        return box.post(DATA, body);
    }

    private String guidFor(Customer customer, long trck, String fileName) {
        BoxClient.Response registered = register(customer, trck, fileName);
        assertThat(registered.verified()).as(registered.text()).isTrue();
        return registered.first().get("invoice_file_guid").asString();
    }

    /** Step 2 as the plugin sends it: the raw bytes as text/plain, everything else as headers. */
    private BoxClient.Response upload(String guid, byte[] bytes, Customer customer, boolean expectContinue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(box.base() + FILE))
                .header("Content-Type", "text/plain")
                .header("invoice_file_guid", guid)
                .header("user_code", "396")
                .header("app_key", Seeds.APP_KEY)
                .expectContinue(expectContinue)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (customer != null) {
            request.header("customer_key", customer.key()).header("customer_box_id", String.valueOf(customer.boxId()));
        }
        return box.send(request);
    }

    private BoxClient.Response upload(String guid, byte[] bytes, Customer customer) {
        return upload(guid, bytes, customer, false);
    }

    private static JsonNode reference(String name) {
        try (InputStream in = InvoiceFileTests.class.getResourceAsStream("/reference/" + name)) {
            return BoxClient.JSON.readTree(in).get("response");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void uploadsAPdfSentAsTextPlainInTwoStepsAnswersShapedAsTheReferenceAndClearsTheInvoiceHold() {
        context.getBean(RatingAdministration.class)
                .setInvoiceRule(new InvoiceRule(TestInvoices.mexico(context), BigDecimal.ZERO, Set.of()));
        Customer customer = register();
        long trck = receive(customer);

        BoxClient.Response registered = register(customer, trck, "C:\\fakepath\\invtest.pdf");

        assertThat(registered.verified()).as(registered.text()).isTrue();
        JsonShape.assertSameShape(reference("customer-upload-invoice-data.json").get(0), registered.first(), Set.of());
        JsonNode step1 = registered.first();
        assertThat(step1.get("customer_box_id").asLong()).isEqualTo(customer.boxId());
        assertThat(step1.get("trck_nmr_fol").asLong()).isEqualTo(trck);
        assertThat(step1.get("invoice_id").isString()).isTrue();
        assertThat(step1.get("invoice_id").asString()).matches("[0-9]+");
        assertThat(step1.get("invoice_file_guid").asString()).matches(GUID);
        assertThat(step1.get("invoice_file_name").asString()).matches("[0-9]{14}_" + trck + "_invtest\\.pdf");
        assertThat(step1.get("invoice_file_url").asString()).isEmpty();
        assertThat(box.post(HBC, customer.credentials())
                        .first()
                        .get("invoice_file_name")
                        .asString())
                .as("nothing to show before the bytes arrive")
                .isEmpty();

        BoxClient.Response uploaded = upload(step1.get("invoice_file_guid").asString(), PDF, customer);

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.verified()).as(uploaded.text()).isTrue();
        JsonShape.assertSameShape(reference("customer-upload-invoice-file.json").get(0), uploaded.first(), Set.of());
        JsonNode step2 = uploaded.first();
        for (String same :
                new String[] {"customer_box_id", "invoice_file_guid", "invoice_file_name", "invoice_id", "trck_nmr_fol"
                }) {
            assertThat(step2.get(same)).as(same).isEqualTo(step1.get(same));
        }
        String url = step2.get("invoice_file_url").asString();
        assertThat(url)
                .startsWith(
                        box.base() + "/invoice-files/" + step1.get("invoice_id").asString() + "/");
        HttpResponse<byte[]> file = TestInvoices.download(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains(step1.get("invoice_file_name").asString());

        JsonNode listed = box.post(HBC, customer.credentials()).first();
        assertThat(listed.get("invoice_file_name").asString())
                .isEqualTo(step1.get("invoice_file_name").asString());
        assertThat(TestInvoices.download(listed.get("invoice_file_url").asString())
                        .body())
                .isEqualTo(PDF);
        assertThat(listed.get("invoice_required").asInt())
                .as("still needed, now provided: the plugin shows OK")
                .isEqualTo(1);
        JsonNode info =
                box.post(INFO, customer.credentials().put("trck_nmr_fol", trck)).first();
        assertThat(info.get("shipment").get("is_frozen").asInt())
                .as("the invoice hold is cleared")
                .isZero();
        assertThat(info.get("invoice").get("invoice_file_name").asString())
                .isEqualTo(step1.get("invoice_file_name").asString());
        BoxClient.Response consolidation = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", """
                {"trck_nmr_fol_list": [{"trck_nmr_fol": "%d", "awb_declared_value": 1, "awb_invoice_url": "%s"}],
                 "user_code": 396, "app_key": "%s", "customer_box_id": %d, "customer_key": "%s"}
                """.formatted(
                trck, listed.get("invoice_file_url").asString(), Seeds.APP_KEY, customer.boxId(), customer.key()));
        assertThat(consolidation.verified()).as(consolidation.text()).isTrue();
    }

    @Test
    void staffOfTheShipmentsWarehouseListAndDownloadItsInvoices() {
        Customer customer = register();
        long trck = receive(customer);
        String guid = guidFor(customer, trck, "factura.pdf");
        upload(guid, PDF, customer);

        BoxClient.Response listed = staff.get("/shipments/" + trck + "/invoices");

        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        JsonNode file = listed.json().get("files").get(0);
        assertThat(file.get("originalName").asString()).isEqualTo("factura.pdf");
        assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        BoxClient.Response downloaded = staff.get(
                "/shipments/" + trck + "/invoices/" + file.get("invoiceId").asLong());
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        Staff elsewhere = TestWarehouses.staffOfNewWarehouse(context, box);
        assertThat(elsewhere.get("/shipments/" + trck + "/invoices").status()).isEqualTo(404);
        assertThat(elsewhere
                        .get("/shipments/" + trck + "/invoices/"
                                + file.get("invoiceId").asLong())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void takesAFileOfExactlyTheLimitAndRefusesOneByteMoreWithTheEnvelope() {
        Customer customer = register();
        long trck = receive(customer);
        byte[] atLimit = Arrays.copyOf(PDF, MAX_BYTES);
        byte[] overLimit = Arrays.copyOf(PDF, MAX_BYTES + 1);
        String first = guidFor(customer, trck, "big.pdf");
        String second = guidFor(customer, trck, "bigger.pdf");
        String third = guidFor(customer, trck, "bigger-again.pdf");

        BoxClient.Response over = upload(second, overLimit, customer);
        BoxClient.Response overAfterContinue = upload(third, overLimit, customer, true);
        BoxClient.Response at = upload(first, atLimit, customer, true);

        for (BoxClient.Response refused : new BoxClient.Response[] {over, overAfterContinue}) {
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.verified()).isFalse();
            assertThat(refused.errorDescription()).isEqualTo("The body is larger than 5 MiB.");
        }
        assertThat(at.verified()).as(at.text()).isTrue();
        assertThat(TestInvoices.download(at.first().get("invoice_file_url").asString())
                        .body())
                .hasSize(MAX_BYTES);
        assertThat(upload(second, PDF, customer).verified())
                .as("a refused body does not use the GUID up")
                .isTrue();
    }

    @Test
    void refusesHtmlScriptsAndExecutablesWhateverTheirName() {
        Customer customer = register();
        long trck = receive(customer);
        String pdf = guidFor(customer, trck, "invoice.pdf");
        String txt = guidFor(customer, trck, "invoice.txt");
        String jpg = guidFor(customer, trck, "invoice.jpg");

        BoxClient.Response htmlAsPdf = upload(
                pdf, "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), customer);
        BoxClient.Response scriptAsText =
                upload(txt, "Total $10 <script>fetch('//evil')</script>".getBytes(StandardCharsets.UTF_8), customer);
        BoxClient.Response shellAsText =
                upload(txt, "#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.UTF_8), customer);
        BoxClient.Response windowsProgramAsJpg =
                upload(jpg, Arrays.copyOf("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1), 512), customer);
        BoxClient.Response empty = upload(pdf, new byte[0], customer);

        assertThat(htmlAsPdf.verified()).isFalse();
        assertThat(htmlAsPdf.errorDescription()).isEqualTo("The file's content is not a pdf file.");
        assertThat(scriptAsText.errorDescription()).isEqualTo("The file's content is not a txt file.");
        assertThat(shellAsText.verified()).isFalse();
        assertThat(windowsProgramAsJpg.errorDescription()).isEqualTo("The file's content is not a jpg file.");
        assertThat(empty.errorDescription()).isEqualTo("The file is empty.");
        assertThat(upload(txt, "Factura 12: 2 camisetas $10.50, año 2026\n".getBytes(StandardCharsets.UTF_8), customer)
                        .verified())
                .as("plain text is fine")
                .isTrue();
        assertThat(upload(pdf, PDF, customer).verified())
                .as("the GUID still waits for its file")
                .isTrue();
    }

    @Test
    void aGuidIsUsedOnceAndAnotherCustomersGuidIsAnsweredAsAnUnknownOne() {
        Customer owner = register();
        Customer other = register();
        long trck = receive(owner);
        String guid = guidFor(owner, trck, "invoice.png");
        byte[] png = Arrays.copyOf(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}, 64);

        BoxClient.Response byAnother = upload(guid, png, other);
        BoxClient.Response madeUp = upload("0f8fad5b-d9cb-469f-a165-70867728950e", png, other);
        BoxClient.Response byTheGuidAlone = upload(guid.toUpperCase(), png, null);
        BoxClient.Response again = upload(guid, png, owner);

        assertThat(byAnother.verified()).isFalse();
        assertThat(byAnother.errorDescription()).isEqualTo(madeUp.errorDescription());
        assertThat(byAnother.errorLocation()).isEqualTo("invoice_file_guid").isEqualTo(madeUp.errorLocation());
        assertThat(byTheGuidAlone.verified()).as(byTheGuidAlone.text()).isTrue();
        assertThat(byTheGuidAlone.first().get("customer_box_id").asLong()).isEqualTo(owner.boxId());
        assertThat(again.verified()).isFalse();
        assertThat(again.errorDescription()).contains("already");
        BoxClient.Response wrongKey = box.send(HttpRequest.newBuilder(URI.create(box.base() + FILE))
                .header("invoice_file_guid", guidFor(owner, trck, "other.png"))
                .header("user_code", "396")
                .header("app_key", "0".repeat(32))
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertThat(wrongKey.verified())
                .as("the application's credentials are checked")
                .isFalse();
    }

    @Test
    void aSignedLinkWorksUntilItExpiresAndNotAtAllWhenTampered() {
        Customer customer = register();
        long trck = receive(customer);
        String url = upload(guidFor(customer, trck, "invoice.pdf"), PDF, customer)
                .first()
                .get("invoice_file_url")
                .asString();
        String signature = url.substring(url.indexOf("signature=") + "signature=".length());
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        long expires = Long.parseLong(url.replaceAll(".*expires=([0-9]+).*", "$1"));

        assertThat(TestInvoices.download(url).statusCode()).isEqualTo(200);
        assertThat(TestInvoices.download(url.replace(signature, flipped)).statusCode())
                .isEqualTo(403);
        assertThat(TestInvoices.download(url.replace("expires=" + expires, "expires=" + (expires + 86_400)))
                        .statusCode())
                .isEqualTo(403);
        String otherInvoice = url.replaceFirst("/invoice-files/([0-9]+)/", "/invoice-files/1$1/");
        assertThat(TestInvoices.download(otherInvoice).statusCode()).isEqualTo(403);
        assertThat(TestInvoices.download(url.substring(0, url.indexOf('?'))).statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> tampered = TestInvoices.download(url.replace(signature, flipped));
        assertThat(new String(tampered.body(), StandardCharsets.UTF_8)).contains("\"_verify\":false");

        clock.advance(Duration.ofHours(25));

        HttpResponse<byte[]> expired = TestInvoices.download(url);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(new String(expired.body(), StandardCharsets.UTF_8)).contains("The link has expired");
        String fresh = box.post(HBC, customer.credentials())
                .first()
                .get("invoice_file_url")
                .asString();
        assertThat(TestInvoices.download(fresh).statusCode())
                .as("the lists give a fresh link")
                .isEqualTo(200);
    }

    @Test
    void registeringRefusesAnotherBoxsShipmentAKindNotAcceptedAndMoreFilesThanTheLimit() {
        Customer owner = register();
        Customer other = register();
        long trck = receive(owner);

        assertThat(register(other, trck, "invoice.pdf").errorDescription())
                .isEqualTo("No shipment has the trck_nmr_fol sent.");
        BoxClient.Response exe = register(owner, trck, "invoice.exe");
        assertThat(exe.errorLocation()).isEqualTo("invoice_file_name");
        assertThat(exe.errorDescription()).contains(".pdf", ".docx");
        assertThat(register(owner, trck, "").errorLocation()).isEqualTo("invoice_file_name");
        assertThat(register(owner, trck, "INVOICE.PDF").verified())
                .as("extensions in any case")
                .isTrue();
        for (String name :
                new String[] {"a.jpg", "b.jpeg", "c.png", "d.gif", "e.txt", "f.doc", "g.docx", "h.pdf", "i.pdf"}) {
            assertThat(register(owner, trck, name).verified()).as(name).isTrue();
        }
        BoxClient.Response eleventh = register(owner, trck, "j.pdf");
        assertThat(eleventh.verified()).isFalse();
        assertThat(eleventh.errorDescription()).contains("10 invoice files already");
    }

    @Test
    void refusesAFileNameHoldingTextDirectionOrOtherInvisibleFormatCharacters() {
        Customer customer = register();
        long trck = receive(customer);

        for (String name : new String[] {
            "r\u202Egpj.exe.pdf", // right-to-left override: staff would read "rfdp.exe.jpg"
            "a\u202Ab.pdf",
            "a\u2066b\u2069.pdf",
            "a\u200Eb.pdf",
            "a\u200Fb.pdf",
            "a\u200Bb.pdf",
            "\uFEFFinvoice.pdf",
            "a\uDB40\uDC01b.pdf" // a tag character, outside the Basic Multilingual Plane
        }) {
            BoxClient.Response refused = register(customer, trck, name);
            assertThat(refused.verified()).as(refused.text()).isFalse();
            assertThat(refused.errorLocation()).isEqualTo("invoice_file_name");
            assertThat(refused.errorDescription())
                    .isEqualTo("invoice_file_name must not contain format characters (such as text direction marks)");
        }
        assertThat(register(customer, trck, "factura_año_Ñandú.pdf").verified())
                .as("letters beyond ASCII are fine")
                .isTrue();
    }

    @Test
    void aPackageForACountryWhoseRuleWantsAnInvoiceIsHeldUntilItArrives() {
        context.getBean(RatingAdministration.class)
                .setInvoiceRule(new InvoiceRule(TestInvoices.mexico(context), new BigDecimal("200"), Set.of("INVQ")));
        Customer customer = register();

        long cheap = receive(customer, "", "200");
        long dear = receive(customer, "", "200.01");
        long family = receive(customer, "INVQ", "5");

        JsonNode list = box.post(HBC, customer.credentials()).json();
        list.forEach(item -> {
            long trck = item.get("trck_nmr_fol").asLong();
            assertThat(item.get("invoice_required").asInt()).as("%d", trck).isEqualTo(trck == cheap ? 0 : 1);
        });
        BoxClient.Response held = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", """
                {"trck_nmr_fol_list": [{"trck_nmr_fol": "%d", "awb_declared_value": 1, "awb_invoice_url": ""}],
                 "user_code": 396, "app_key": "%s", "customer_box_id": %d, "customer_key": "%s"}
                """.formatted(
                        dear, Seeds.APP_KEY, customer.boxId(), customer.key()));
        assertThat(held.errorDescription()).contains(String.valueOf(dear), "invoice");

        upload(guidFor(customer, dear, "invoice.pdf"), PDF, customer);
        staff.post("/shipments/" + family + "/holds/clearance", "{\"reason\": \"INVOICE_REQUIRED\"}");

        box.post(HBC, customer.credentials()).json().forEach(item -> {
            long trck = item.get("trck_nmr_fol").asLong();
            JsonNode info = box.post(INFO, customer.credentials().put("trck_nmr_fol", trck))
                    .first();
            assertThat(info.get("shipment").get("is_frozen").asInt())
                    .as("%d", trck)
                    .isZero();
            assertThat(item.get("invoice_required").asInt())
                    .as("%d: provided, or cleared by staff as not needed", trck)
                    .isEqualTo(trck == dear ? 1 : 0);
        });
    }
}
