package org.casillero.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.Seeds;
import org.casillero.compat.WordPressPlugin.Result;
import org.casillero.geo.Geography;
import org.casillero.rating.InvoiceRule;
import org.casillero.rating.RatingAdministration;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The shipment pages of a partner site running the WordPress plugin, from packages that need an
 * invoice to their consolidated shipment: each call as the plugin builds it (strings everywhere,
 * the login cookies added, the file's bytes as text/plain with header credentials), each answer read
 * where the plugin reads it.
 */
class WordPressPluginShipmentTests extends BoxApiTest {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;

    private WordPressPlugin site;
    private Staff staff;

    @BeforeEach
    void openSite() {
        site = new WordPressPlugin(box, String.valueOf(Seeds.USER_CODE), Seeds.APP_KEY, String.valueOf(Seeds.COPA_ID));
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
        context.getBean(RatingAdministration.class)
                .setInvoiceRule(new InvoiceRule(mexico(), new BigDecimal("100"), Set.of()));
    }

    @AfterEach
    void noInvoiceRule() {
        context.getBean(RatingAdministration.class).removeInvoiceRule(mexico());
    }

    private int mexico() {
        return context.getBean(Geography.class).findPlace(95411).orElseThrow().countryCode();
    }

    private long receive(Customer customer, String value) {
        return staff.post("/packages", """
                        {"suite": "MX%d", "courier": "UPS", "inboundTracking": "WP%d", "merchant": "Amazon.com",
                         "content": "Shoes", "declaredValue": %s,
                         "measures": {"weight": 1, "weightUnit": "LB", "length": 10, "width": 8, "height": 4, "lengthUnit": "IN"}}
                        """.formatted(customer.boxId(), System.nanoTime(), value))
                .json()
                .get("trckNmrFol")
                .asLong();
    }

    /** {@code sp_customer_get_shipments_hbc} with the date fields left empty, by trck_nmr_fol. */
    private Map<Long, JsonNode> hbc() {
        Result result = site.call(
                "/service-customer.svc/customer/customer-get-shipments-hbc", Map.of("start_date", "", "end_date", ""));
        assertThat(result.verified()).as(result.body()).isTrue();
        Map<Long, JsonNode> rows = new LinkedHashMap<>();
        result.json().forEach(row -> rows.put(row.get("trck_nmr_fol").asLong(), row));
        return rows;
    }

    /** The consolidation page's eligibility test of a row (includes/sp_shortcodes.php). */
    private static boolean eligible(JsonNode row) {
        if (row.get("consolidation_requests").asInt() > 0) {
            return false;
        }
        return row.get("invoice_required").asInt() != 1
                || !row.get("invoice_file_name").asString().isEmpty()
                || row.get("comm_inv_detail_declared_value").asDouble() > 0;
    }

    @Test
    void aCustomerDocumentsTwoPackagesAsksToCombineThemAndSeesTheConsolidatedShipment() {
        Customer customer = register();
        site.setCookies(customer.key(), String.valueOf(customer.boxId()));
        long withFile = receive(customer, "150");
        long withLines = receive(customer, "120.5");

        Map<Long, JsonNode> before = hbc();
        assertThat(before.get(withFile).get("invoice_required").asInt()).isEqualTo(1);
        assertThat(before.values()).noneMatch(WordPressPluginShipmentTests::eligible);

        // The invoice page: step 1 with the file's name, step 2 with its bytes.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trck_nmr_fol", String.valueOf(withFile));
        data.put("invoice_file_name", "factura-amazon.pdf");
        Result registered = site.call("/service-customer.svc/customer/customer-upload-invoice-data", data);
        assertThat(registered.verified()).as(registered.body()).isTrue();
        Result uploaded = site.uploadInvoiceFile(
                registered.first().get("invoice_file_guid").asString(), PDF);
        assertThat(uploaded.verified()).as(uploaded.body()).isTrue();

        // The custom invoice page: the rows typed, every value a string.
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("trck_nmr_fol", String.valueOf(withLines));
        typed.put(
                "detail",
                List.of(
                        Map.of("quantity", "2", "description", "Tenis", "price_value", "45.25", "reference_code", ""),
                        Map.of(
                                "quantity",
                                "1",
                                "description",
                                "Calcetas",
                                "price_value",
                                "9.99",
                                "reference_code",
                                "")));
        Result custom = site.call("/service-customer.svc/customer/customer-upload-invoice-custom", typed);
        assertThat(custom.verified()).as(custom.body()).isTrue();

        // The consolidation page: both rows are now eligible; the list as its JavaScript builds it.
        Map<Long, JsonNode> documented = hbc();
        assertThat(eligible(documented.get(withFile))).as("with its file").isTrue();
        assertThat(eligible(documented.get(withLines))).as("with its lines").isTrue();
        assertThat(documented
                        .get(withLines)
                        .get("comm_inv_detail_declared_value")
                        .decimalValue())
                .isEqualByComparingTo("100.49");
        List<Map<String, Object>> list = new ArrayList<>();
        for (long trck : List.of(withFile, withLines)) {
            JsonNode row = documented.get(trck);
            double declared = row.get("comm_inv_detail_declared_value").asDouble();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("trck_nmr_fol", String.valueOf(trck));
            item.put("awb_declared_value", declared > 0 ? declared : 1);
            item.put("awb_invoice_url", row.get("invoice_file_url").asString());
            list.add(item);
        }
        site.call("/service-customer.svc/customer/customer-consolidate-awb", Map.of("trck_nmr_fol_list", list));
        Map<Long, JsonNode> requested = hbc();
        assertThat(requested.get(withFile).get("consolidation_requests").asInt())
                .isPositive();
        assertThat(requested.get(withLines).get("consolidation_requests").asInt())
                .isPositive();

        // The warehouse consolidates the request.
        JsonNode open = staff.get("/consolidation-requests").json();
        long requestId = -1;
        for (JsonNode request : open) {
            if (request.get("boxId").asLong() == customer.boxId()) {
                requestId = request.get("requestId").asLong();
            }
        }
        assertThat(requestId).as(open.toString()).isPositive();
        var consolidated = staff.post("/consolidation-requests/" + requestId + "/consolidation", "{}");
        assertThat(consolidated.status()).as(consolidated.text()).isEqualTo(201);
        long outbound = consolidated.json().get("consolidatedInto").asLong();

        // The shipments page and the shipment page show the new shipment made of both.
        Map<Long, JsonNode> after = hbc();
        assertThat(after.get(outbound).get("shipment_status").asString()).isEqualTo("REC");
        assertThat(after.get(withFile).get("shipment_status").asString()).isEqualTo("CON");
        assertThat(after.get(withLines).get("shipment_status").asString()).isEqualTo("CON");
        Result info = site.call(
                "/service-shipment.svc/shipment/get-shipment-info",
                Map.of("trck_nmr_fol", String.valueOf(outbound), "language_code", ""));
        assertThat(info.verified()).as(info.body()).isTrue();
        List<Long> inside = new ArrayList<>();
        info.first()
                .get("consolidation")
                .get("shipments")
                .forEach(s -> inside.add(s.get("trck_nmr_fol").asLong()));
        assertThat(inside).containsExactlyInAnyOrder(withFile, withLines);
        assertThat(info.first().get("shipment").get("detail")).hasSize(2);
        Result original = site.call(
                "/service-shipment.svc/shipment/get-shipment-info",
                Map.of("trck_nmr_fol", String.valueOf(withFile), "language_code", ""));
        assertThat(original.first().get("tracking").get(0).get("track_obs").asString())
                .contains(String.valueOf(outbound));
    }
}
