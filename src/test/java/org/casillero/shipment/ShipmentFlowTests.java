package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.JsonShape;
import org.casillero.Seeds;
import org.casillero.partner.TestPartners;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import org.casillero.warehouse.StaffAdministration;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A package's way from the warehouse to the customer's door, as the warehouse API records it and
 * the Box API shows it to the partner: intake, processing with the tariff's charges, every tracking
 * step to delivered, and the transitions the table refuses.
 */
class ShipmentFlowTests extends BoxApiTest {
    private static final String GET_SHIPMENTS = BoxClient.CUSTOMER + "customer-get-shipments";
    private static final String GET_SHIPMENTS_HBC = BoxClient.CUSTOMER + "customer-get-shipments-hbc";
    private static final String SHIPMENT_INFO = "/wcf-services/service-shipment.svc/shipment/get-shipment-info";
    private static final String SHIPMENT_INFO_DOC = "/wcf-services/service-customer.svc/shipment/get-shipment-info";

    @Autowired
    ApplicationContext context;

    @Autowired
    RatingAdministration administration;

    private Staff staff;

    @BeforeEach
    void warehouseWithTariff() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
        administration.setTariff(
                new Tariff(Seeds.COPA_ID, new BigDecimal("3.50"), new BigDecimal("6.50"), BigDecimal.ZERO, 166));
    }

    private long receive(Customer customer, String inbound) {
        BoxClient.Response response = staff.post("/packages", """
                {"boxId": %d, "courier": "OTR", "inboundTracking": "%s", "merchant": "Amazon.com", "content": "test 10",
                 "familyProduct": "TST", "declaredValue": 10,
                 "measures": {"weight": 0.2, "weightUnit": "KG", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), inbound));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("trckNmrFol").asLong();
    }

    private BoxClient.Response process(long trck) {
        return staff.post("/shipments/" + trck + "/processing", """
                {"measures": {"weight": 0.2, "weightUnit": "KG", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """);
    }

    private BoxClient.Response event(long trck, String code) {
        return staff.post("/shipments/" + trck + "/events", "{\"code\": \"" + code + "\"}");
    }

    private BoxClient.Response shipments(Customer customer) {
        return box.post(GET_SHIPMENTS, customer.credentials());
    }

    private BoxClient.Response info(Customer customer, long trck) {
        ObjectNode body = customer.credentials();
        body.put("trck_nmr_fol", String.valueOf(trck));
        body.put("language_code", "");
        return box.post(SHIPMENT_INFO, body);
    }

    @Test
    void showsAReceivedPackageToThePartnerAtOnceShapedAsTheReference() {
        Customer customer = register();

        long trck = receive(customer, "IN-" + System.nanoTime());
        BoxClient.Response list = shipments(customer);

        assertThat(list.verified()).as(list.text()).isTrue();
        JsonShape.assertSameShape(
                reference("customer-get-shipments.json").get(0),
                list.first(),
                Set.of(".comm_inv_detail_declared_value"));
        JsonNode item = list.first();
        assertThat(item.get("trck_nmr_fol").asLong()).isEqualTo(trck);
        assertThat(item.get("shipment_status").asString()).isEqualTo("REC");
        assertThat(item.get("merchant").asString()).isEqualTo("Amazon.com");
        assertThat(item.get("date_received").asString()).matches("/Date\\(\\d+[+-]\\d{4}\\)/");
        // 0.2 kg in pounds, to four decimals, printed as the reference prints numbers.
        assertThat(list.text())
                .contains("\"weight_physical\":0.4409", "\"shipment_value\":10,", "\"shipping_charge_rate\":0,");
    }

    @Test
    void movesAShipmentFromIntakeToDeliveredAndTheCustomerSeesEveryStep() {
        Customer customer = register();
        long trck = receive(customer, "IN-" + System.nanoTime());

        BoxClient.Response processed = process(trck);
        assertThat(processed.status()).as(processed.text()).isEqualTo(200);
        assertThat(shipments(customer).text())
                .contains(
                        "\"shipment_status\":\"CUT\"", "\"shipping_charge_rate\":6.5", "\"shipping_charge_total\":6.5");
        for (String code : List.of("PAY", "MNF", "DEP", "ATC", "CUS", "REL", "OUT", "DFL", "OUT", "DEL")) {
            BoxClient.Response moved = event(trck, code);
            assertThat(moved.status()).as(code + ": " + moved.text()).isEqualTo(200);
            assertThat(shipments(customer).first().get("shipment_status").asString())
                    .isEqualTo(code);
        }

        BoxClient.Response info = info(customer, trck);
        assertThat(info.verified()).as(info.text()).isTrue();
        JsonNode element = info.first();
        JsonNode expected = reference("get-shipment-info.json").get(0);
        JsonShape.assertSameShape(expected.get("shipment"), element.get("shipment"), Set.of());
        assertThat(JsonShape.fieldNames(element))
                .containsExactly(
                        "_verify",
                        "consolidation",
                        "error",
                        "external_tracking",
                        "invoice",
                        "pre_recept",
                        "shipment",
                        "tracking",
                        "trck_nmr_fol");
        JsonShape.assertSameShape(
                expected.get("tracking").get(0), element.get("tracking").get(0), Set.of());
        assertThat(element.get("tracking")
                        .valueStream()
                        .map(e -> e.get("track_cdg").asString()))
                .containsExactly(
                        "DEL", "OUT", "DFL", "OUT", "REL", "CUS", "ATC", "DEP", "MNF", "PAY", "CUT", "PRO", "REC");
        assertThat(element.get("shipment").get("boxs_id").asLong()).isEqualTo(customer.boxId());
        assertThat(element.get("shipment")
                        .get("detail")
                        .get(0)
                        .get("courier_code")
                        .asString())
                .isEqualTo("OTR  ");
        ObjectNode documented = customer.credentials().put("trck_nmr_fol", trck);
        assertThat(box.post(SHIPMENT_INFO_DOC, documented).json()).isEqualTo(info.json());
        assertThat(shipments(customer).first().get("date_manifested").isString())
                .isTrue();
    }

    @Test
    void keepsThePhotosStaffTookWhileProcessing() {
        Customer customer = register();
        long trck = receive(customer, "IN-" + System.nanoTime());

        BoxClient.Response processed = staff.post("/shipments/" + trck + "/processing", """
                {"measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"},
                 "photos": ["s3://photos/%d/front.jpg", "s3://photos/%d/label.jpg"]}
                """.formatted(trck, trck));

        assertThat(processed.json().get("photos").valueStream().map(JsonNode::asString))
                .containsExactly("s3://photos/" + trck + "/front.jpg", "s3://photos/" + trck + "/label.jpg");
    }

    @Test
    void refusesATransitionTheTableForbidsAndALateEventAfterDelivery() {
        Customer customer = register();
        long trck = receive(customer, "IN-" + System.nanoTime());

        BoxClient.Response early = event(trck, "DEL");
        assertThat(early.status()).as(early.text()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("REC", "DEL");
        process(trck);
        for (String code : List.of("PAY", "MNF", "DEL")) {
            assertThat(event(trck, code).status()).isEqualTo(200);
        }
        BoxClient.Response late = event(trck, "OUT");

        assertThat(late.status()).isEqualTo(409);
        assertThat(shipments(customer).first().get("shipment_status").asString())
                .isEqualTo("DEL");
        assertThat(event(trck, "XYZ").status()).isEqualTo(422);
        assertThat(event(trck, "PRO").status()).isEqualTo(422);
    }

    @Test
    void receivesByTheLabelsSuiteAndIgnoresADoubleScan() {
        Customer customer = register();
        String inbound = "IN-" + System.nanoTime();
        long first = receive(customer, inbound);

        BoxClient.Response again = staff.post("/packages", """
                {"suite": "MX%d", "courier": "OTR", "inboundTracking": "%s", "declaredValue": 10,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), inbound));
        BoxClient.Response bySuite = staff.post("/packages", """
                {"suite": "MX%d", "courier": "UPS", "inboundTracking": "1Z%d", "declaredValue": 5,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 10, "width": 10, "height": 10, "lengthUnit": "CM"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        BoxClient.Response wrongCountry = staff.post("/packages", """
                {"suite": "CO%d", "courier": "UPS", "inboundTracking": "1Z%d", "declaredValue": 5,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("trckNmrFol").asLong()).isEqualTo(first);
        assertThat(again.json().get("created").asBoolean()).isFalse();
        assertThat(bySuite.status()).as(bySuite.text()).isEqualTo(201);
        assertThat(wrongCountry.status())
                .as("no such box in Colombia: unidentified")
                .isEqualTo(202);
        assertThat(shipments(customer).json()).hasSize(2);
    }

    @Test
    void queuesAPackageWhoseLabelNamesNoBoxUntilStaffAssignIt() {
        Customer customer = register();
        String inbound = "1Z" + System.nanoTime();
        String scan = """
                {"suite": "XX%d", "courier": "UPS", "inboundTracking": "%s", "merchant": "eBay", "declaredValue": 7,
                 "measures": {"weight": 2, "weightUnit": "LB", "length": 5, "width": 5, "height": 5, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), inbound);

        BoxClient.Response queued = staff.post("/packages", scan);
        BoxClient.Response again = staff.post("/packages", scan);
        long packageId = queued.json().get("unidentifiedId").asLong();

        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("unidentifiedId").asLong()).isEqualTo(packageId);
        assertThat(staff.get("/unidentified")
                        .json()
                        .valueStream()
                        .map(p -> p.get("labelText").asString()))
                .contains("XX" + customer.boxId());
        assertThat(shipments(customer).verified()).isFalse();

        BoxClient.Response assigned =
                staff.post("/unidentified/" + packageId + "/assignment", "{\"boxId\": " + customer.boxId() + "}");
        BoxClient.Response twice =
                staff.post("/unidentified/" + packageId + "/assignment", "{\"boxId\": " + customer.boxId() + "}");

        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        long trck = assigned.json().get("trckNmrFol").asLong();
        assertThat(twice.json().get("trckNmrFol").asLong()).isEqualTo(trck);
        JsonNode listed = shipments(customer).first();
        assertThat(listed.get("trck_nmr_fol").asLong()).isEqualTo(trck);
        assertThat(listed.get("shipment_status").asString()).isEqualTo("REC");
        assertThat(listed.get("merchant").asString()).isEqualTo("eBay");
        assertThat(staff.get("/unidentified")
                        .json()
                        .valueStream()
                        .map(p -> p.get("packageId").asLong()))
                .doesNotContain(packageId);
        assertThat(staff.post("/packages", scan).json().get("trckNmrFol").asLong())
                .as("a third scan finds the shipment it became")
                .isEqualTo(trck);
    }

    @Test
    void namesTheBoxFieldInTheWarehouseApisOwnWordsWhenNoBoxAnswers() {
        Customer customer = register();
        BoxClient.Response queued = staff.post("/packages", """
                {"suite": "XX%d", "courier": "UPS", "inboundTracking": "1Z%d", "declaredValue": 7,
                 "measures": {"weight": 2, "weightUnit": "LB", "length": 5, "width": 5, "height": 5, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        long packageId = queued.json().get("unidentifiedId").asLong();

        BoxClient.Response nowhere =
                staff.post("/unidentified/" + packageId + "/assignment", "{\"boxId\": " + Long.MAX_VALUE + "}");

        assertThat(nowhere.status()).as(nowhere.text()).isEqualTo(404);
        assertThat(nowhere.json().get("field").asString()).isEqualTo("boxId");
        assertThat(nowhere.json().get("detail").asString())
                .isEqualTo("No box that can receive packages answers to the boxId sent.");
    }

    @Test
    void holdsAShipmentBackUntilStaffClearTheHold() {
        Customer customer = register();
        long trck = receive(customer, "IN-" + System.nanoTime());
        process(trck);
        event(trck, "PAY");

        BoxClient.Response raised = staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"INVOICE_REQUIRED\"}");
        BoxClient.Response held = event(trck, "MNF");

        assertThat(raised.json().get("holds").valueStream().map(JsonNode::asString))
                .containsExactly("INVOICE_REQUIRED");
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().get("detail").asString()).contains("held", "INVOICE_REQUIRED");
        assertThat(shipments(customer).first().get("invoice_required").asInt()).isEqualTo(1);
        assertThat(info(customer, trck).first().get("shipment").get("is_frozen").asInt())
                .isEqualTo(1);

        staff.post("/shipments/" + trck + "/holds/clearance", "{\"reason\": \"INVOICE_REQUIRED\"}");
        assertThat(shipments(customer).first().get("invoice_required").asInt()).isZero();
        assertThat(event(trck, "MNF").status()).isEqualTo(200);
        assertThat(event(trck, "CUS").status()).isEqualTo(200);
        staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"CUSTOMS\"}");
        assertThat(event(trck, "REL").status()).isEqualTo(409);
        staff.post("/shipments/" + trck + "/holds/clearance", "{\"reason\": \"CUSTOMS\"}");
        assertThat(event(trck, "REL").status()).isEqualTo(200);
        assertThat(info(customer, trck).first().get("shipment").get("is_frozen").asInt())
                .isZero();
    }

    @Test
    void keepsACustomsHoldRaisedBeforeCustomsUntilItIsCleared() {
        Customer customer = register();
        long trck = receive(customer, "IN-" + System.nanoTime());
        process(trck);
        for (String code : List.of("PAY", "MNF", "ATC")) {
            assertThat(event(trck, code).status()).isEqualTo(200);
        }

        staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"CUSTOMS\"}");

        assertThat(event(trck, "DEL").status()).isEqualTo(409);
        assertThat(event(trck, "OUT").status()).isEqualTo(409);
        assertThat(event(trck, "CUS").status()).isEqualTo(200);
    }

    @Test
    void refusesAnEventDatedBeforeTheShipmentsLatestOne() {
        Customer customer = register();
        long trck = receive(customer, "IN-" + System.nanoTime());
        process(trck);

        BoxClient.Response backdated = staff.post(
                "/shipments/" + trck + "/events", "{\"code\": \"PAY\", \"occurredAt\": \"2020-01-01T00:00:00Z\"}");

        assertThat(backdated.status()).isEqualTo(422);
        assertThat(backdated.json().get("field").asString()).isEqualTo("occurredAt");
        assertThat(shipments(customer).first().get("shipment_status").asString())
                .isEqualTo("CUT");
    }

    @Test
    void findsAPackageByItsTrackingNumberAloneAndRefusesWhatItCannotRead() {
        Customer customer = register();
        String inbound = "IN-" + System.nanoTime();
        long trck = receive(customer, inbound);

        BoxClient.Response found = staff.get("/shipments?inboundTracking=" + inbound);
        BoxClient.Response notJson = staff.box()
                .send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(staff.box().base() + "/warehouse/v1/packages"))
                        .header("Authorization", "Bearer " + staff.token())
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("boxId=1")));
        BoxClient.Response huge = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "H%d", "declaredValue": 1e999999999,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));

        assertThat(found.json()).hasSize(1);
        assertThat(found.json().get(0).get("trckNmrFol").asLong()).isEqualTo(trck);
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("problem+json");
        assertThat(huge.status()).isEqualTo(422);
    }

    @Test
    void keepsShipmentsApartBetweenBoxesAndWarehouses() {
        Customer owner = register();
        Customer other = register();
        long trck = receive(owner, "IN-" + System.nanoTime());
        Staff elsewhere = TestWarehouses.staffOfNewWarehouse(context, box);

        String othersAnswer = info(other, trck).text();
        String unknownAnswer = info(other, 99_999_999L).text();

        assertThat(othersAnswer).isEqualTo(unknownAnswer).contains("No shipment has the trck_nmr_fol sent.");
        assertThat(elsewhere.get("/shipments/" + trck).status()).isEqualTo(404);
        assertThat(elsewhere
                        .post("/shipments/" + trck + "/events", "{\"code\": \"PAY\"}")
                        .status())
                .isEqualTo(404);
        assertThat(staff.get("/shipments/" + trck).status()).isEqualTo(200);
        TestPartners.TestPartner partner = TestPartners.create(context);
        ObjectNode otherPartner =
                owner.credentials().put("user_code", partner.userCode()).put("app_key", partner.appKey());
        assertThat(box.post(GET_SHIPMENTS, otherPartner).errorDescription())
                .isEqualTo("The credentials sent are not valid.");
        BoxClient.Response none = shipments(other);
        assertThat(none.verified()).isFalse();
        assertThat(none.errorDescription()).isEqualTo("No shipment was received in the dates sent.");
    }

    @Test
    void defaultsTheDateWindowToTheThreeMonthsBeforeToday() {
        Customer customer = register();
        receive(customer, "IN-" + System.nanoTime());
        ObjectNode blank = customer.credentials().put("start_date", "").put("end_date", "");
        ObjectNode past = customer.credentials().putNull("start_date").put("end_date", "2018-02-15");
        ObjectNode reversed =
                customer.credentials().put("start_date", "2020-02-01").put("end_date", "2020-01-01");
        ObjectNode notADate = customer.credentials().put("end_date", "2018-02-30");

        assertThat(box.post(GET_SHIPMENTS, blank).verified()).isTrue();
        assertThat(box.post(GET_SHIPMENTS_HBC, blank)
                        .first()
                        .get("consolidation_requests")
                        .asInt())
                .isZero();
        assertThat(box.post(GET_SHIPMENTS, past).verified()).isFalse();
        assertThat(box.post(GET_SHIPMENTS, reversed).errorLocation()).isEqualTo("start_date");
        assertThat(box.post(GET_SHIPMENTS, notADate).errorLocation()).isEqualTo("end_date");
    }

    @Test
    void refusesAMissingDisabledOrReplacedStaffToken() {
        StaffAdministration staffAdministration = context.getBean(StaffAdministration.class);
        Staff other = TestWarehouses.staffOf(context, box, staff.warehouse());

        assertThat(staff.withToken("").get("/statuses").status()).isEqualTo(401);
        assertThat(staff.withToken("not-a-token").get("/statuses").status()).isEqualTo(401);
        assertThat(other.get("/statuses").status()).isEqualTo(200);
        String replacement = staffAdministration.rotateToken(other.name()).value();
        assertThat(other.get("/statuses").status()).isEqualTo(401);
        assertThat(other.withToken(replacement).get("/statuses").status()).isEqualTo(200);
        staffAdministration.setEnabled(other.name(), false);
        assertThat(other.withToken(replacement).get("/statuses").status()).isEqualTo(401);
    }

    private static JsonNode reference(String name) {
        try (InputStream in = ShipmentFlowTests.class.getResourceAsStream("/reference/" + name)) {
            return BoxClient.JSON.readTree(in).get("response");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
