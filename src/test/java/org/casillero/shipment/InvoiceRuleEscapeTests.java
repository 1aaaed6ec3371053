package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.geo.Country;
import org.casillero.geo.Geography;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * A destination country's invoice rule cannot be escaped by what customers and staff do after a
 * package is received: packages that each pass the rule but together do not are held once
 * consolidated, and a shipment whose box moved to a country whose rule wants an invoice is held for
 * it (and not manifested) when staff try to manifest it, one event at a time or in a batch.
 */
class InvoiceRuleEscapeTests extends BoxApiTest {
    private static final String CONSOLIDATE = BoxClient.CUSTOMER + "customer-consolidate-awb";
    private static final String ADDRESS = BoxClient.CUSTOMER + "customer-update-address-info";
    private static final String INFO = "/wcf-services/service-shipment.svc/shipment/get-shipment-info";
    private static final String MEASURES =
            "\"measures\": {\"weight\": 1, \"weightUnit\": \"LB\", \"length\": 1, \"width\": 1, \"height\": 1, \"lengthUnit\": \"IN\"}";

    @Autowired
    ApplicationContext context;

    private Staff staff;

    @BeforeEach
    void warehouseAndRule() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
        RatingAdministration administration = context.getBean(RatingAdministration.class);
        administration.setTariff(
                new Tariff(Seeds.COPA_ID, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
        administration.setInvoiceRule(new InvoiceRule(TestInvoices.mexico(context), new BigDecimal("100"), Set.of()));
        administration.removeInvoiceRule(colombia().code());
    }

    @AfterEach
    void noInvoiceRule() {
        context.getBean(RatingAdministration.class).removeInvoiceRule(TestInvoices.mexico(context));
    }

    private Country colombia() {
        return context.getBean(Geography.class).countries().stream()
                .filter(country -> country.isoCode().equals("CO"))
                .findFirst()
                .orElseThrow();
    }

    /** A city of Colombia, a country without an invoice rule here. */
    private int colombianCity() {
        Geography geography = context.getBean(Geography.class);
        return geography
                .cities(geography.states(colombia().code()).getFirst().code())
                .getFirst()
                .code();
    }

    private long receive(Customer customer, String family, int declaredValue) {
        BoxClient.Response received = staff.post(
                "/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "E%d", "familyProduct": "%s", "declaredValue": %d,
                 %s}
                """.formatted(customer.boxId(), System.nanoTime(), family, declaredValue, MEASURES));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    private JsonNode shipmentInfo(Customer customer, long trck) {
        BoxClient.Response info = box.post(INFO, customer.credentials().put("trck_nmr_fol", trck));
        assertThat(info.verified()).as(info.text()).isTrue();
        return info.first().get("shipment");
    }

    private boolean invoiceRequired(long trck) {
        BoxClient.Response invoices = staff.get("/shipments/" + trck + "/invoices");
        assertThat(invoices.status()).as(invoices.text()).isEqualTo(200);
        return invoices.json().get("invoiceRequired").asBoolean();
    }

    /** The customer's request for these shipments, consolidated by staff: answers the new shipment. */
    private long consolidated(Customer customer, long... shipments) {
        ObjectNode body = customer.credentials();
        var list = body.putArray("trck_nmr_fol_list");
        for (long trck : shipments) {
            list.addObject()
                    .put("trck_nmr_fol", String.valueOf(trck))
                    .put("awb_declared_value", 60)
                    .put("awb_invoice_url", "");
        }
        BoxClient.Response requested = box.post(CONSOLIDATE, body);
        assertThat(requested.verified()).as(requested.text()).isTrue();
        long requestId = requested.first().get("consolidation_request_id").asLong();
        BoxClient.Response decided = staff.post("/consolidation-requests/" + requestId + "/consolidation", "{}");
        assertThat(decided.status()).as(decided.text()).isEqualTo(201);
        return decided.json().get("consolidatedInto").asLong();
    }

    private void processAndPay(long trck) {
        BoxClient.Response processed = staff.post("/shipments/" + trck + "/processing", "{" + MEASURES + "}");
        assertThat(processed.status()).as(processed.text()).isEqualTo(200);
        BoxClient.Response paid = staff.post("/shipments/" + trck + "/events", "{\"code\": \"PAY\"}");
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
    }

    private BoxClient.Response manifest(long trck) {
        return staff.post("/shipments/" + trck + "/events", "{\"code\": \"MNF\"}");
    }

    private String statusOf(long trck) {
        return staff.get("/shipments/" + trck).json().get("code").asString();
    }

    /** The box's (only) address moved to the city, as the customer's partner site sends it. */
    private void moveTo(Customer customer, int cityCode) {
        ObjectNode body = customer.credentials();
        body.putArray("customer_address").addObject().put("city_code", cityCode);
        body.putArray("customer_phone");
        BoxClient.Response moved = box.post(ADDRESS, body);
        assertThat(moved.verified()).as(moved.text()).isTrue();
    }

    private Customer registerIn(int cityCode) {
        ObjectNode registration = registration(uniqueEmail());
        ((ObjectNode) registration.get("customer_address").get(0)).put("city_code", cityCode);
        return register(registration);
    }

    @Test
    void holdsAConsolidatedShipmentWhosePackagesTogetherAreWorthMoreThanTheRuleAllowsWithoutAnInvoice() {
        Customer customer = register();
        long first = receive(customer, "", 60);
        long second = receive(customer, "", 60);
        assertThat(invoiceRequired(first)).as("$60 alone needs no invoice").isFalse();

        long into = consolidated(customer, first, second);

        assertThat(invoiceRequired(into))
                .as("$120 together is above the rule's $100: held for its invoice")
                .isTrue();
        assertThat(shipmentInfo(customer, into).get("is_frozen").asInt()).isEqualTo(1);
        processAndPay(into);
        BoxClient.Response refused = manifest(into);
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("INVOICE_REQUIRED");
        assertThat(statusOf(into)).isEqualTo("PAY");

        assertThat(TestInvoices.typed(box, customer, into, "120").verified())
                .as("the customer's invoice clears the rule's hold")
                .isTrue();
        BoxClient.Response manifested = manifest(into);
        assertThat(manifested.status()).as(manifested.text()).isEqualTo(200);
    }

    @Test
    void holdsAConsolidatedShipmentHoldingAPieceOfAFamilyTheRuleNamesSinceItWasReceived() {
        Customer customer = register();
        long plain = receive(customer, "", 5);
        long phone = receive(customer, "PHONE", 5);
        context.getBean(RatingAdministration.class)
                .setInvoiceRule(new InvoiceRule(TestInvoices.mexico(context), null, Set.of("PHONE")));

        long into = consolidated(customer, plain, phone);

        assertThat(invoiceRequired(into))
                .as("its second piece is of a family the rule names")
                .isTrue();
    }

    @Test
    void aConsolidatedShipmentWhoseOriginalsHadTheirInvoiceIsNotHeld() {
        Customer customer = register();
        long typed = receive(customer, "", 60);
        long filed = receive(customer, "", 60);
        assertThat(TestInvoices.typed(box, customer, typed, "60").verified()).isTrue();
        TestInvoices.uploaded(box, customer, filed, "invoice.pdf", TestInvoices.PDF);

        long into = consolidated(customer, typed, filed);

        assertThat(invoiceRequired(into)).isFalse();
        processAndPay(into);
        BoxClient.Response manifested = manifest(into);
        assertThat(manifested.status()).as(manifested.text()).isEqualTo(200);
    }

    @Test
    void refusesToManifestAShipmentWhoseBoxMovedToACountryWhoseRuleWantsAnInvoiceAndHoldsIt() {
        Customer customer = registerIn(colombianCity());
        long single = receive(customer, "", 900);
        long batched = receive(customer, "", 900);
        assertThat(invoiceRequired(single))
                .as("Colombia has no rule: not held when received")
                .isFalse();
        processAndPay(single);
        processAndPay(batched);

        moveTo(customer, 95411);
        BoxClient.Response refused = manifest(single);
        BoxClient.Response batch = staff.post("/events", """
                {"events": [{"trckNmrFol": %d, "event": {"code": "MNF"}}]}
                """.formatted(batched));

        assertThat(shipmentInfo(customer, single).get("country_iso_code").asString())
                .as("get-shipment-info shows the box's country now")
                .isEqualTo("MX");
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("problem+json");
        assertThat(refused.json().get("detail").asString()).contains("INVOICE_REQUIRED");
        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        assertThat(batch.json().get(0).get("problem").asString()).contains("INVOICE_REQUIRED");
        for (long trck : new long[] {single, batched}) {
            assertThat(statusOf(trck)).as("%d not manifested", trck).isEqualTo("PAY");
            assertThat(invoiceRequired(trck))
                    .as("%d: the hold stays, though the manifest was refused", trck)
                    .isTrue();
            assertThat(shipmentInfo(customer, trck).get("is_frozen").asInt()).isEqualTo(1);
        }
        assertThat(manifest(single).status()).as("asked again: still held").isEqualTo(409);

        assertThat(TestInvoices.typed(box, customer, single, "900").verified())
                .as("the rule's hold: the customer's invoice clears it")
                .isTrue();
        BoxClient.Response manifested = manifest(single);
        assertThat(manifested.status()).as(manifested.text()).isEqualTo(200);
    }

    @Test
    void staffWhoClearTheHoldRaisedWhenManifestingMayManifestTheShipment() {
        Customer customer = registerIn(colombianCity());
        long trck = receive(customer, "", 900);
        processAndPay(trck);
        moveTo(customer, 95411);
        assertThat(manifest(trck).status()).isEqualTo(409);

        BoxClient.Response cleared =
                staff.post("/shipments/" + trck + "/holds/clearance", "{\"reason\": \"INVOICE_REQUIRED\"}");
        BoxClient.Response manifested = manifest(trck);

        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(manifested.status())
                .as("staff judged it: the rule is not raised again")
                .isEqualTo(200);
    }
}
