package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The invoice link a customer's client sends with a consolidation request ({@code awb_invoice_url})
 * reaches staff as a link: only an absolute http or https address of reasonable length is taken (or
 * nothing), and whatever else was stored is never shown to staff as one.
 */
class InvoiceUrlTests extends BoxApiTest {
    private static final String CONSOLIDATE = BoxClient.CUSTOMER + "customer-consolidate-awb";
    private static final String HBC = BoxClient.CUSTOMER + "customer-get-shipments-hbc";

    @Autowired
    ApplicationContext context;

    private Staff staff;

    @BeforeEach
    void warehouse() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
    }

    private BoxClient.Response request(Customer customer, long first, long second, String secondUrl) {
        ObjectNode body = customer.credentials();
        ArrayNode list = body.putArray("trck_nmr_fol_list");
        list.addObject()
                .put("trck_nmr_fol", String.valueOf(first))
                .put("awb_declared_value", 1)
                .put("awb_invoice_url", "");
        list.addObject()
                .put("trck_nmr_fol", String.valueOf(second))
                .put("awb_declared_value", 1)
                .put("awb_invoice_url", secondUrl);
        return box.post(CONSOLIDATE, body);
    }

    private JsonNode openRequest(long requestId) {
        return staff.get("/consolidation-requests")
                .json()
                .valueStream()
                .filter(r -> r.get("requestId").asLong() == requestId)
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode item(JsonNode request, long trck) {
        return request.get("shipments")
                .valueStream()
                .filter(item -> item.get("trckNmrFol").asLong() == trck)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void refusesAnInvoiceUrlThatIsNotAWebAddressNamingIt() {
        Customer customer = register();
        long first = TestInvoices.receive(staff, customer);
        long second = TestInvoices.receive(staff, customer);
        List<String> attacks = List.of(
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                " javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "ftp://files.example.com/invoice.pdf",
                "//evil.example.com/invoice.pdf",
                "/invoice-files/1/x.pdf",
                "invoice.pdf",
                "https://",
                "http:///invoice.pdf",
                "https://shop.example.com@evil.example.com/invoice.pdf",
                "https://user:secret@shop.example.com/invoice.pdf",
                "https://shop.example.com/a b.pdf",
                "https://shop.example.com/\"onmouseover=\"alert(1)",
                "https://shop.example.com/<script>alert(1)</script>",
                "https://shop.example.com/x\r\nSet-Cookie: a=b",
                "https://shop.example.com/" + "a".repeat(2100));

        for (String attack : attacks) {
            BoxClient.Response refused = request(customer, first, second, attack);
            assertThat(refused.verified()).as(attack).isFalse();
            assertThat(refused.errorLocation()).as(attack).isEqualTo("trck_nmr_fol_list[1].awb_invoice_url");
            assertThat(refused.errorDescription())
                    .as(attack)
                    .isEqualTo("trck_nmr_fol_list[1].awb_invoice_url must be an absolute http or https address of"
                            + " at most 2048 characters, or empty");
        }
        assertThat(box.post(HBC, customer.credentials()).json().valueStream())
                .as("no request was made")
                .allMatch(row -> row.get("consolidation_requests").asInt() == 0);
    }

    @Test
    void takesTheLinksRealClientsSendAndShowsThemToStaff() {
        Customer customer = register();
        long withFile = TestInvoices.receive(staff, customer);
        TestInvoices.uploaded(box, customer, withFile, "invoice.pdf", TestInvoices.PDF);
        String link = box.post(HBC, customer.credentials())
                .json()
                .valueStream()
                .filter(row -> row.get("trck_nmr_fol").asLong() == withFile)
                .findFirst()
                .orElseThrow()
                .get("invoice_file_url")
                .asString();
        String elsewhere =
                "https://www.puntomio.com/sites/default/files/invoice_service/uploads/233360/20190207172718_14337801_filename.txt";

        long blank = TestInvoices.receive(staff, customer);
        BoxClient.Response ours = request(customer, blank, withFile, link);
        BoxClient.Response theirs = request(
                customer, TestInvoices.receive(staff, customer), TestInvoices.receive(staff, customer), elsewhere);
        BoxClient.Response upperCase = request(
                customer,
                TestInvoices.receive(staff, customer),
                TestInvoices.receive(staff, customer),
                "HTTP://SHOP.EXAMPLE.COM:8080/Invoice?id=1#top");

        for (BoxClient.Response taken : List.of(ours, theirs, upperCase)) {
            assertThat(taken.verified()).as(taken.text()).isTrue();
        }
        JsonNode listed =
                openRequest(ours.first().get("consolidation_request_id").asLong());
        assertThat(item(listed, blank).get("invoiceUrl").isNull())
                .as("sent empty: no link")
                .isTrue();
        assertThat(item(listed, withFile).get("invoiceUrl").asString()).isEqualTo(link);
        assertThat(openRequest(theirs.first().get("consolidation_request_id").asLong())
                        .get("shipments")
                        .get(1)
                        .get("invoiceUrl")
                        .asString())
                .isEqualTo(elsewhere);
    }

    @Test
    void neverShowsStaffAStoredValueThatIsNotAWebAddressAsALink() {
        Customer customer = register();
        long first = TestInvoices.receive(staff, customer);
        long second = TestInvoices.receive(staff, customer);
        long requestId = request(customer, first, second, "https://shop.example.com/invoice.pdf")
                .first()
                .get("consolidation_request_id")
                .asLong();
        // What an earlier release took as it came.
        int stored = context.getBean(JdbcClient.class)
                .sql("update consolidation_request_item set invoice_url = :url where request_id = :id")
                .param("url", "javascript:alert(document.domain)")
                .param("id", requestId)
                .update();
        assertThat(stored).isEqualTo(2);

        JsonNode listed = openRequest(requestId);
        JsonNode one = staff.get("/consolidation-requests/" + requestId).json();

        for (JsonNode request : List.of(listed, one)) {
            request.get("shipments")
                    .forEach(item -> assertThat(item.get("invoiceUrl").isNull())
                            .as(item.toString())
                            .isTrue());
        }
        assertThat(staff.get("/consolidation-requests").text()).doesNotContain("javascript");
    }
}
