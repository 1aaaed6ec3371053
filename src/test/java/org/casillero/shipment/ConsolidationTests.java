package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff decide the consolidation requests customers make through the Box API (customer-consolidate-awb):
 * they list their warehouse's open ones, consolidate one into a new shipment holding every piece, or
 * refuse it with a reason; the customer sees each outcome in its lists and in get-shipment-info.
 */
class ConsolidationTests extends BoxApiTest {
    private static final String CONSOLIDATE = BoxClient.CUSTOMER + "customer-consolidate-awb";
    private static final String GET_SHIPMENTS = BoxClient.CUSTOMER + "customer-get-shipments";
    private static final String HBC = BoxClient.CUSTOMER + "customer-get-shipments-hbc";
    private static final String SHIPMENT_INFO = "/wcf-services/service-shipment.svc/shipment/get-shipment-info";

    @Autowired
    ApplicationContext context;

    private Staff staff;
    private Staff elsewhere;

    @BeforeEach
    void warehouses() {
        context.getBean(RatingAdministration.class)
                .setTariff(
                        new Tariff(Seeds.COPA_ID, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
        elsewhere = TestWarehouses.staffOfNewWarehouse(context, box);
    }

    /** A package for the customer: weighing {@code pounds}, in a box of that many inches a side. */
    private static long receive(Staff at, Customer customer, String merchant, int pounds) {
        BoxClient.Response received = at.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "C%d", "merchant": "%s", "content": "%s goods",
                 "declaredValue": %d,
                 "measures": {"weight": %d, "weightUnit": "LB", "length": %d, "width": %d, "height": %d, "lengthUnit": "IN"}}
                """.formatted(
                customer.boxId(), System.nanoTime(), merchant, merchant, pounds * 10, pounds, pounds, pounds, pounds));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    /** The plugin's consolidation request; answers its id. */
    private long request(Customer customer, long... shipments) {
        ObjectNode body = customer.credentials();
        ArrayNode list = body.putArray("trck_nmr_fol_list");
        for (long trck : shipments) {
            list.addObject()
                    .put("trck_nmr_fol", String.valueOf(trck))
                    .put("awb_declared_value", 25.5)
                    .put("awb_invoice_url", "https://shop.example.com/invoice/" + trck);
        }
        BoxClient.Response requested = box.post(CONSOLIDATE, body);
        assertThat(requested.verified()).as(requested.text()).isTrue();
        return requested.first().get("consolidation_request_id").asLong();
    }

    private static BoxClient.Response consolidate(Staff by, long requestId, String body) {
        return by.post("/consolidation-requests/" + requestId + "/consolidation", body);
    }

    private static BoxClient.Response refuse(Staff by, long requestId, String body) {
        return by.post("/consolidation-requests/" + requestId + "/refusal", body);
    }

    private JsonNode info(Customer customer, long trck) {
        BoxClient.Response info = box.post(SHIPMENT_INFO, customer.credentials().put("trck_nmr_fol", trck));
        assertThat(info.verified()).as(info.text()).isTrue();
        return info.first();
    }

    /** Each of the customer's shipments by number: its status code in get-shipments. */
    private Map<Long, String> statuses(Customer customer) {
        return box.post(GET_SHIPMENTS, customer.credentials())
                .json()
                .valueStream()
                .collect(Collectors.toMap(
                        s -> s.get("trck_nmr_fol").asLong(),
                        s -> s.get("shipment_status").asString()));
    }

    /** Each of the customer's shipments by number: its open consolidation requests in the -hbc list. */
    private Map<Long, Integer> openRequests(Customer customer) {
        return box.post(HBC, customer.credentials())
                .json()
                .valueStream()
                .collect(Collectors.toMap(
                        s -> s.get("trck_nmr_fol").asLong(),
                        s -> s.get("consolidation_requests").asInt()));
    }

    private static List<Long> numbers(JsonNode shipments, String key) {
        return shipments.valueStream().map(s -> s.get(key).asLong()).toList();
    }

    private static List<Long> openRequestIds(Staff by) {
        BoxClient.Response open = by.get("/consolidation-requests");
        assertThat(open.status()).as(open.text()).isEqualTo(200);
        return numbers(open.json(), "requestId");
    }

    @Test
    void listsAnOpenRequestWithItsShipmentsToTheStaffOfTheirWarehouseOnly() {
        Customer customer = register();
        long first = receive(staff, customer, "Amazon.com", 1);
        long second = receive(staff, customer, "eBay", 2);
        long requestId = request(customer, first, second);

        BoxClient.Response open = staff.get("/consolidation-requests");

        JsonNode listed = open.json()
                .valueStream()
                .filter(r -> r.get("requestId").asLong() == requestId)
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("boxId").asLong()).isEqualTo(customer.boxId());
        assertThat(listed.get("status").asString()).isEqualTo("OPEN");
        assertThat(listed.get("requestedAt").asString()).isNotBlank();
        assertThat(numbers(listed.get("shipments"), "trckNmrFol")).containsExactly(first, second);
        JsonNode item = listed.get("shipments").get(1);
        assertThat(item.get("merchant").asString()).isEqualTo("eBay");
        assertThat(item.get("externalTracking").asString()).startsWith("C");
        assertThat(item.get("declaredValue").decimalValue()).isEqualByComparingTo("25.5");
        assertThat(item.get("invoiceUrl").asString()).isEqualTo("https://shop.example.com/invoice/" + second);
        assertThat(item.get("code").asString()).isEqualTo("REC");
        assertThat(item.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(openRequestIds(elsewhere)).doesNotContain(requestId);
        assertThat(elsewhere.get("/consolidation-requests/" + requestId).status())
                .isEqualTo(404);
        assertThat(consolidate(elsewhere, requestId, "{}").status()).isEqualTo(404);
        assertThat(refuse(elsewhere, requestId, "{\"reason\": \"Not ours\"}").status())
                .isEqualTo(404);
        assertThat(staff.get("/consolidation-requests/" + (requestId + 1_000_000))
                        .status())
                .isEqualTo(404);
        assertThat(openRequests(customer)).containsEntry(first, 1).containsEntry(second, 1);
        assertThat(info(customer, first).get("consolidation").get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void consolidatesARequestIntoANewShipmentHoldingThePiecesOfBoth() {
        Customer customer = register();
        long first = receive(staff, customer, "Amazon.com", 1);
        long second = receive(staff, customer, "eBay", 2);
        long untouched = receive(staff, customer, "Walmart", 1);
        long requestId = request(customer, first, second);
        assertThat(info(customer, untouched).get("consolidation").isNull()).isTrue();

        BoxClient.Response consolidated = consolidate(staff, requestId, "");

        assertThat(consolidated.status()).as(consolidated.text()).isEqualTo(201);
        assertThat(consolidated.json().get("status").asString()).isEqualTo("CONSOLIDATED");
        assertThat(consolidated.json().get("decidedBy").asString()).isEqualTo(staff.name());
        long into = consolidated.json().get("consolidatedInto").asLong();
        assertThat(into).isNotIn(first, second, untouched);
        assertThat(openRequestIds(staff)).doesNotContain(requestId);

        JsonNode made = info(customer, into);
        JsonNode block = made.get("consolidation");
        assertThat(block.get("consolidation_id").asLong()).isEqualTo(requestId);
        assertThat(block.get("status").asString()).isEqualTo("CONSOLIDATED");
        assertThat(block.get("consolidated_into").isNull()).isTrue();
        assertThat(block.get("consolidated_date").asString()).matches("/Date\\(\\d+[+-]\\d{4}\\)/");
        assertThat(block.get("refusal_reason").asString()).isEmpty();
        assertThat(numbers(block.get("shipments"), "trck_nmr_fol")).containsExactly(first, second);
        assertThat(block.get("shipments").get(0).get("merchant").asString()).isEqualTo("Amazon.com");
        assertThat(block.get("shipments").get(0).get("declared_value").decimalValue())
                .isEqualByComparingTo("25.5");
        assertThat(block.get("shipments").get(0).get("_verify").asBoolean()).isTrue();
        JsonNode shipment = made.get("shipment");
        assertThat(shipment.get("quantity").asInt()).isEqualTo(2);
        assertThat(shipment.get("detail")
                        .valueStream()
                        .map(p -> p.get("merchant_name").asString()))
                .containsExactly("Amazon.com", "eBay");
        assertThat(shipment.get("detail")
                        .valueStream()
                        .map(p -> p.get("item_piece").asInt()))
                .containsExactly(1, 2);
        assertThat(shipment.get("detail")
                        .valueStream()
                        .map(p -> p.get("trck_nmr_fol").asLong()))
                .containsOnly(into);
        // Without measures: the weights added up (1 + 2 lb), each side the longest (2 in).
        assertThat(shipment.get("physical_weight").decimalValue()).isEqualByComparingTo("3");
        assertThat(shipment.get("length").decimalValue()).isEqualByComparingTo("2");
        assertThat(shipment.get("price_value").decimalValue()).isEqualByComparingTo("30");
        assertThat(made.get("tracking").get(0).get("track_cdg").asString()).isEqualTo("REC");

        for (long original : List.of(first, second)) {
            JsonNode was = info(customer, original);
            assertThat(was.get("tracking").get(0).get("track_cdg").asString()).isEqualTo("CON");
            assertThat(was.get("tracking").get(0).get("track_obs").asString())
                    .isEqualTo("Consolidated into shipment " + into);
            assertThat(was.get("consolidation").get("status").asString()).isEqualTo("CONSOLIDATED");
            assertThat(was.get("consolidation").get("consolidated_into").asLong())
                    .isEqualTo(into);
            assertThat(was.get("shipment").get("detail")).hasSize(1);
        }
        assertThat(statuses(customer))
                .containsExactlyInAnyOrderEntriesOf(Map.of(first, "CON", second, "CON", untouched, "REC", into, "REC"));
        assertThat(openRequests(customer)).containsOnlyKeys(first, second, untouched, into);
        assertThat(openRequests(customer).values()).containsOnly(0);
        assertThat(staff.get("/shipments/" + into).json().get("pieces")).hasSize(2);
    }

    @Test
    void keepsEveryOriginalPackageReceivedOnceAndAskableAgainAfterConsolidation() {
        Customer customer = register();
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "FDX", "inboundTracking": "RESCAN-%d", "declaredValue": 5,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        long first = received.json().get("trckNmrFol").asLong();
        long second = receive(staff, customer, "eBay", 1);
        long into = consolidate(staff, request(customer, first, second), "{}")
                .json()
                .get("consolidatedInto")
                .asLong();
        String inbound = staff.get("/shipments/" + first)
                .json()
                .get("pieces")
                .get(0)
                .get("inboundTracking")
                .asString();

        BoxClient.Response rescan = staff.post("/packages", """
                {"boxId": %d, "courier": "FDX", "inboundTracking": "%s", "declaredValue": 5,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), inbound));
        BoxClient.Response found = staff.get("/shipments?inboundTracking=" + inbound + "&courier=FDX");
        BoxClient.Response event = staff.post("/shipments/" + first + "/events", "{\"code\": \"CAN\"}");
        ObjectNode askAgain = customer.credentials();
        askAgain.putArray("trck_nmr_fol_list").addObject().put("trck_nmr_fol", first);
        BoxClient.Response consolidatedAgain = box.post(CONSOLIDATE, askAgain);

        assertThat(rescan.status()).as(rescan.text()).isEqualTo(200);
        assertThat(rescan.json().get("trckNmrFol").asLong()).isEqualTo(first);
        assertThat(numbers(found.json(), "trckNmrFol")).containsExactlyInAnyOrder(first, into);
        assertThat(event.status()).isEqualTo(409);
        assertThat(consolidatedAgain.errorDescription()).contains(String.valueOf(first), "consolidated already");
    }

    @Test
    void takesTheCombinedBoxAsStaffMeasuredIt() {
        Customer customer = register();
        long requestId = request(customer, receive(staff, customer, "A", 1), receive(staff, customer, "B", 1));

        BoxClient.Response consolidated = consolidate(staff, requestId, """
                {"measures": {"weight": 2, "weightUnit": "KG", "length": 30, "width": 20, "height": 10, "lengthUnit": "CM"}}
                """);

        assertThat(consolidated.status()).as(consolidated.text()).isEqualTo(201);
        JsonNode made = staff.get("/shipments/"
                        + consolidated.json().get("consolidatedInto").asLong())
                .json();
        assertThat(made.get("physicalWeight").decimalValue()).isEqualByComparingTo("4.4092");
        assertThat(made.get("length").decimalValue()).isEqualByComparingTo("11.81");
        assertThat(made.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(consolidate(staff, requestId, "{\"measures\": {\"weight\": -1}}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void refusesToConsolidateWhenAShipmentWasProcessedMeanwhileAndChangesNothing() {
        Customer customer = register();
        long first = receive(staff, customer, "A", 1);
        long second = receive(staff, customer, "B", 1);
        long requestId = request(customer, first, second);
        staff.post("/shipments/" + second + "/processing", """
                {"measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """);

        BoxClient.Response refused = consolidate(staff, requestId, "{}");

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.json().get("detail").asString()).contains(String.valueOf(second), "CUT");
        assertThat(statuses(customer)).containsExactlyInAnyOrderEntriesOf(Map.of(first, "REC", second, "CUT"));
        assertThat(staff.get("/consolidation-requests/" + requestId)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
        assertThat(info(customer, first).get("tracking")).hasSize(1);
    }

    @Test
    void refusesARequestAcrossWarehousesAndToConsolidateAHeldShipment() {
        Customer customer = register();
        long here = receive(staff, customer, "A", 1);
        long there = receive(elsewhere, customer, "B", 1);
        long held = receive(staff, customer, "C", 1);
        ObjectNode mixed = customer.credentials();
        ArrayNode list = mixed.putArray("trck_nmr_fol_list");
        list.addObject().put("trck_nmr_fol", here).put("awb_declared_value", 1).put("awb_invoice_url", "");
        list.addObject().put("trck_nmr_fol", there).put("awb_declared_value", 1).put("awb_invoice_url", "");
        long holding = request(customer, held);
        staff.post("/shipments/" + held + "/holds", "{\"reason\": \"DAMAGED\"}");

        BoxClient.Response acrossWarehouses = box.post(CONSOLIDATE, mixed);
        BoxClient.Response whileHeld = consolidate(staff, holding, "{}");

        assertThat(acrossWarehouses.verified()).isFalse();
        assertThat(acrossWarehouses.errorLocation()).isEqualTo("trck_nmr_fol_list[1].trck_nmr_fol");
        assertThat(acrossWarehouses.errorDescription()).contains(String.valueOf(there), "another warehouse");
        assertThat(openRequestIds(elsewhere)).doesNotContain(holding);
        assertThat(whileHeld.status()).isEqualTo(409);
        assertThat(whileHeld.json().get("detail").asString()).contains(String.valueOf(held), "DAMAGED");
        assertThat(statuses(customer).values()).containsOnly("REC");
        assertThat(statuses(customer)).hasSize(3);
    }

    @Test
    void answersTheSameShipmentWhenARequestIsConsolidatedTwice() {
        Customer customer = register();
        long requestId = request(customer, receive(staff, customer, "A", 1), receive(staff, customer, "B", 1));

        BoxClient.Response once = consolidate(staff, requestId, "{}");
        BoxClient.Response twice = consolidate(staff, requestId, "{}");
        BoxClient.Response refusedAfter = refuse(staff, requestId, "{\"reason\": \"Too late\"}");

        assertThat(once.status()).isEqualTo(201);
        assertThat(twice.status()).as(twice.text()).isEqualTo(200);
        assertThat(twice.json().get("consolidatedInto").asLong())
                .isEqualTo(once.json().get("consolidatedInto").asLong());
        assertThat(statuses(customer)).hasSize(3);
        assertThat(refusedAfter.status()).isEqualTo(409);
        assertThat(refusedAfter.json().get("detail").asString())
                .contains(String.valueOf(once.json().get("consolidatedInto").asLong()));
    }

    @Test
    void refusesARequestWithAReasonTheCustomerReadsAndFreesItsShipments() {
        Customer customer = register();
        long first = receive(staff, customer, "A", 1);
        long second = receive(staff, customer, "B", 1);
        long requestId = request(customer, first, second);

        BoxClient.Response refused = refuse(staff, requestId, "{\"reason\": \"  Too big to combine: ship apart  \"}");

        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("decidedAt").asString()).isNotBlank();
        JsonNode block = info(customer, first).get("consolidation");
        assertThat(block.get("status").asString()).isEqualTo("REFUSED");
        assertThat(block.get("refusal_reason").asString()).isEqualTo("Too big to combine: ship apart");
        assertThat(block.get("consolidated_into").isNull()).isTrue();
        assertThat(block.get("consolidated_date").isNull()).isTrue();
        assertThat(openRequests(customer).values()).containsOnly(0);
        assertThat(openRequestIds(staff)).doesNotContain(requestId);
        assertThat(refuse(staff, requestId, "{\"reason\": \"again\"}").status()).isEqualTo(409);
        assertThat(consolidate(staff, requestId, "{}").status()).isEqualTo(409);

        long again = request(customer, first, second);

        assertThat(openRequests(customer).values()).containsOnly(1);
        assertThat(info(customer, second)
                        .get("consolidation")
                        .get("consolidation_id")
                        .asLong())
                .isEqualTo(again);
        assertThat(statuses(customer).values()).containsOnly("REC");
    }

    @Test
    void requiresAReasonOfAtMost500CharactersToRefuse() {
        Customer customer = register();
        long requestId = request(customer, receive(staff, customer, "A", 1));

        BoxClient.Response missing = refuse(staff, requestId, "{}");
        BoxClient.Response blank = refuse(staff, requestId, "{\"reason\": \"  \"}");
        BoxClient.Response tooLong = refuse(staff, requestId, "{\"reason\": \"" + "x".repeat(501) + "\"}");
        BoxClient.Response unreadable = refuse(staff, requestId, "{\"reason\": ");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("field").asString()).isEqualTo("reason");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(staff.get("/consolidation-requests/" + requestId)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
    }

    @Test
    void refusesConsolidatedAsAStatusStaffCouldSetByHand() {
        Customer customer = register();
        long trck = receive(staff, customer, "A", 1);

        BoxClient.Response byHand = staff.post("/shipments/" + trck + "/events", "{\"code\": \"CON\"}");

        assertThat(byHand.status()).isEqualTo(422);
        assertThat(statuses(customer)).containsEntry(trck, "REC");
        JsonNode received = staff.get("/statuses")
                .json()
                .valueStream()
                .filter(s -> s.get("code").asString().equals("REC"))
                .findFirst()
                .orElseThrow();
        assertThat(received.get("next").valueStream().map(JsonNode::asString)).contains("CONSOLIDATED");
    }
}
