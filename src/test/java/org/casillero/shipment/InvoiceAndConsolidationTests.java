package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.rating.InvoiceRule;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A customer types the invoice of a shipment that needs one, as the plugin's invoice page sends it,
 * and turns its box's consolidation mode on and off, as the plugin's consolidation page does.
 */
class InvoiceAndConsolidationTests extends BoxApiTest {
    private static final String INVOICE_CUSTOM = BoxClient.CUSTOMER + "customer-upload-invoice-custom";
    private static final String HBC = BoxClient.CUSTOMER + "customer-get-shipments-hbc";
    private static final String CONSOLIDATE = BoxClient.CUSTOMER + "customer-consolidate-awb";

    @Autowired
    ApplicationContext context;

    private Staff staff;

    @BeforeEach
    void warehouse() {
        context.getBean(RatingAdministration.class)
                .setTariff(
                        new Tariff(Seeds.COPA_ID, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
    }

    @AfterEach
    void noInvoiceRule() {
        context.getBean(RatingAdministration.class).removeInvoiceRule(TestInvoices.mexico(context));
    }

    private long receive(Customer customer) {
        return staff.post("/packages", """
                        {"boxId": %d, "courier": "UPS", "inboundTracking": "V%d", "declaredValue": 1,
                         "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                        """.formatted(customer.boxId(), System.nanoTime()))
                .json()
                .get("trckNmrFol")
                .asLong();
    }

    /** The plugin's request: every value a string, reference codes blank, the login cookies added. */
    private static ObjectNode typedInvoice(Customer customer, long trck) {
        ObjectNode body = customer.credentials();
        body.remove("user_code");
        body.remove("app_key");
        body.put("trck_nmr_fol", String.valueOf(trck));
        ArrayNode detail = body.putArray("detail");
        detail.addObject()
                .put("quantity", "2")
                .put("description", "T-Shirt")
                .put("price_value", "10.55")
                .put("reference_code", "");
        detail.addObject()
                .put("quantity", "1")
                .put("description", "Cap")
                .put("price_value", "4")
                .put("reference_code", "");
        body.putObject("user_info").put("user_code", "396").put("app_key", Seeds.APP_KEY);
        body.put("customer_box_id", String.valueOf(customer.boxId()));
        return body;
    }

    @Test
    void typedInvoiceLinesClearTheInvoiceHoldAndShowTheirTotal() {
        // The hold an invoice rule raises (one staff raise is theirs to clear: InvoiceHoldTests).
        context.getBean(RatingAdministration.class)
                .setInvoiceRule(new InvoiceRule(TestInvoices.mexico(context), BigDecimal.ZERO, Set.of()));
        Customer customer = register();
        long trck = receive(customer);
        assertThat(box.post(HBC, customer.credentials())
                        .first()
                        .get("invoice_required")
                        .asInt())
                .isEqualTo(1);

        BoxClient.Response typed = box.post(INVOICE_CUSTOM, typedInvoice(customer, trck));

        assertThat(typed.verified()).as(typed.text()).isTrue();
        JsonNode listed = box.post(HBC, customer.credentials()).first();
        assertThat(listed.get("invoice_required").asInt())
                .as("still needed, now provided: the plugin shows the total and OK")
                .isEqualTo(1);
        assertThat(box.post(HBC, customer.credentials()).text()).contains("\"comm_inv_detail_declared_value\":25.1,");
        assertThat(box.post(BoxClient.CUSTOMER + "customer-get-shipments", customer.credentials())
                        .first()
                        .get("comm_inv_detail_declared_value")
                        .decimalValue())
                .isEqualByComparingTo("25.10");
        ObjectNode info = customer.credentials().put("trck_nmr_fol", trck);
        JsonNode invoice = box.post("/wcf-services/service-shipment.svc/shipment/get-shipment-info", info)
                .first()
                .get("invoice");
        assertThat(invoice.get("detail")).hasSize(2);
        assertThat(invoice.get("detail").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(invoice.get("detail").get(0).get("price_value").decimalValue())
                .isEqualByComparingTo("10.55");
        assertThat(box.post("/wcf-services/service-shipment.svc/shipment/get-shipment-info", info)
                        .first()
                        .get("shipment")
                        .get("is_frozen")
                        .asInt())
                .as("the invoice hold is cleared")
                .isZero();
        assertThat(staff.get("/shipments/" + trck).status()).isEqualTo(200);
    }

    @Test
    void refusesInvoiceLinesForAnotherBoxOrThatBreakARule() {
        Customer owner = register();
        Customer other = register();
        long trck = receive(owner);

        BoxClient.Response others = box.post(INVOICE_CUSTOM, typedInvoice(other, trck));
        ObjectNode blankDescription = typedInvoice(owner, trck);
        ((ObjectNode) blankDescription.get("detail").get(1)).put("description", "");
        ObjectNode fractionalQuantity = typedInvoice(owner, trck);
        ((ObjectNode) fractionalQuantity.get("detail").get(0)).put("quantity", "1.5");

        assertThat(others.errorDescription()).isEqualTo("No shipment has the trck_nmr_fol sent.");
        assertThat(box.post(INVOICE_CUSTOM, blankDescription).errorLocation()).isEqualTo("detail[1].description");
        assertThat(box.post(INVOICE_CUSTOM, fractionalQuantity).errorLocation()).isEqualTo("detail[0].quantity");
    }

    @Test
    void refusesInvoiceLinesHoldingControlOrFormatCharactersThatChangeWhatStaffAndCustomsRead() {
        Customer customer = register();
        long trck = receive(customer);
        ObjectNode forgedLine = typedInvoice(customer, trck);
        ((ObjectNode) forgedLine.get("detail").get(0)).put("description", "T-Shirt\n1 x Cap 4.00");
        ObjectNode reversed = typedInvoice(customer, trck);
        ((ObjectNode) reversed.get("detail").get(1)).put("description", "Cap \u202E00.0001");
        ObjectNode reference = typedInvoice(customer, trck);
        ((ObjectNode) reference.get("detail").get(1)).put("reference_code", "A\u2066B");

        BoxClient.Response forged = box.post(INVOICE_CUSTOM, forgedLine);
        BoxClient.Response overridden = box.post(INVOICE_CUSTOM, reversed);
        BoxClient.Response isolated = box.post(INVOICE_CUSTOM, reference);

        assertThat(forged.verified()).as(forged.text()).isFalse();
        assertThat(forged.errorLocation()).isEqualTo("detail[0].description");
        assertThat(forged.errorDescription()).isEqualTo("detail[0].description must not contain control characters");
        assertThat(overridden.errorLocation()).isEqualTo("detail[1].description");
        assertThat(overridden.errorDescription())
                .isEqualTo("detail[1].description must not contain format characters (such as text direction marks)");
        assertThat(isolated.errorLocation()).isEqualTo("detail[1].reference_code");
        assertThat(staff.get("/shipments/" + trck + "/invoices").json().get("lines"))
                .as("nothing stored")
                .isEmpty();
        assertThat(box.post(INVOICE_CUSTOM, typedInvoice(customer, trck)).verified())
                .isTrue();
    }

    /** The plugin's consolidation request: the checked shipments with what the -hbc list showed. */
    private static ObjectNode consolidation(Customer customer, long... shipments) {
        ObjectNode body = customer.credentials();
        ArrayNode list = body.putArray("trck_nmr_fol_list");
        for (long trck : shipments) {
            list.addObject()
                    .put("trck_nmr_fol", String.valueOf(trck))
                    .put("awb_declared_value", 1)
                    .put("awb_invoice_url", "");
        }
        return body;
    }

    @Test
    void requestsConsolidationOfShipmentsThatAreReadyAndNamesTheOneThatIsNot() {
        Customer customer = register();
        long first = receive(customer);
        long second = receive(customer);
        long needsInvoice = receive(customer);
        long processed = receive(customer);
        staff.post("/shipments/" + needsInvoice + "/holds", "{\"reason\": \"INVOICE_REQUIRED\"}");
        staff.post("/shipments/" + processed + "/processing", """
                {"measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """);

        BoxClient.Response withoutInvoice = box.post(CONSOLIDATE, consolidation(customer, first, needsInvoice));
        BoxClient.Response pastProcessing = box.post(CONSOLIDATE, consolidation(customer, processed));
        BoxClient.Response requested = box.post(CONSOLIDATE, consolidation(customer, first, second));
        BoxClient.Response again = box.post(CONSOLIDATE, consolidation(customer, second));

        assertThat(withoutInvoice.errorLocation()).isEqualTo("trck_nmr_fol_list[1].trck_nmr_fol");
        assertThat(withoutInvoice.errorDescription()).contains(String.valueOf(needsInvoice), "invoice");
        assertThat(pastProcessing.errorDescription()).contains(String.valueOf(processed), "processed");
        assertThat(requested.verified()).as(requested.text()).isTrue();
        assertThat(again.errorDescription()).contains(String.valueOf(second), "already");
        JsonNode hbc = box.post(HBC, customer.credentials()).json();
        hbc.forEach(item -> {
            long trck = item.get("trck_nmr_fol").asLong();
            assertThat(item.get("consolidation_requests").asInt())
                    .as("%d", trck)
                    .isEqualTo(trck == first || trck == second ? 1 : 0);
        });
        Customer other = register();
        assertThat(box.post(CONSOLIDATE, consolidation(other, first)).errorDescription())
                .contains("is not a shipment of this box");
    }

    @Test
    void turnsTheBoxsConsolidationModeOnAndOffAsGetInfoReadsIt() {
        Customer customer = register();

        BoxClient.Response started =
                box.post(BoxClient.CUSTOMER + "customer-start-consolidation", customer.credentials());
        int during = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials())
                .first()
                .get("box_status")
                .asInt();
        box.post(BoxClient.CUSTOMER + "customer-start-consolidation", customer.credentials());
        BoxClient.Response ended = box.post(BoxClient.CUSTOMER + "customer-end-consolidation", customer.credentials());
        int after = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials())
                .first()
                .get("box_status")
                .asInt();

        assertThat(started.verified()).as(started.text()).isTrue();
        assertThat(started.first().get("box_status").asInt()).isEqualTo(5);
        assertThat(during).isEqualTo(5);
        assertThat(ended.first().get("box_status").asInt()).isEqualTo(1);
        assertThat(after).isEqualTo(1);
    }
}
