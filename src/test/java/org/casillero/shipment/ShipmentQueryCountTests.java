package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.StatementCounter;
import org.casillero.rating.ProductFamily;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Listing a customer's shipments costs the same few queries, whatever the number of shipments, pieces and events. */
@Import(StatementCounter.class)
class ShipmentQueryCountTests extends BoxApiTest {
    @Autowired
    StatementCounter statements;

    @Autowired
    ApplicationContext context;

    @Test
    void listsShipmentsWithAFixedNumberOfQueries() {
        context.getBean(RatingAdministration.class)
                .setTariff(new Tariff(616, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer few = register();
        Customer many = register();
        receive(staff, few, 1);
        receive(staff, many, 6);

        int withOne = listing(few);
        int withSix = listing(many);

        // The API user and the customer's key, then shipments, pieces, events, photos and invoice lines.
        assertThat(withOne).isPositive().isLessThanOrEqualTo(7);
        assertThat(withSix).isEqualTo(withOne);
    }

    @Test
    void namesThePiecesFamiliesWithOneQueryWhateverTheNumberOfShipments() {
        RatingAdministration rating = context.getBean(RatingAdministration.class);
        rating.setTariff(new Tariff(616, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
        for (String code : List.of("QCA", "QCB", "QCC")) {
            rating.setFamily(new ProductFamily(616, code, "NAMED " + code, "NOMBRADA " + code, BigDecimal.ZERO));
        }
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer few = register();
        Customer many = register();
        receiveOfFamily(staff, few, "QCA");
        for (String code : List.of("QCA", "QCB", "QCC", "QCA", "QCB", "QCC")) {
            receiveOfFamily(staff, many, code);
        }

        int withOne = listing(few);
        int withSix = listing(many);

        // As without families, and the partners' families (rating's) in one more query.
        assertThat(withOne).isPositive().isLessThanOrEqualTo(8);
        assertThat(withSix).isEqualTo(withOne);
    }

    @Test
    void showsAShipmentWithTheSameQueriesWhetherOrNotItCameOfAConsolidation() {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        long alone = received(staff, customer);
        List<Long> originals = List.of(received(staff, customer), received(staff, customer), received(staff, customer));
        ObjectNode request = customer.credentials();
        ArrayNode list = request.putArray("trck_nmr_fol_list");
        originals.forEach(trck -> list.addObject().put("trck_nmr_fol", trck));
        long requestId = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", request)
                .first()
                .get("consolidation_request_id")
                .asLong();
        long into = staff.post("/consolidation-requests/" + requestId + "/consolidation", "{}")
                .json()
                .get("consolidatedInto")
                .asLong();

        int plain = details(customer, alone);
        int consolidated = details(customer, into);
        int original = details(customer, originals.getFirst());

        // The customer's key and profile, the shipment and its details, and its consolidation request: one query.
        assertThat(plain).isPositive().isLessThanOrEqualTo(12);
        assertThat(consolidated).isEqualTo(plain);
        assertThat(original).isEqualTo(plain);
    }

    @Test
    void findsShipmentsByInboundTrackingWithAFixedNumberOfQueriesWhateverTheMatches() {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        String once = "T" + System.nanoTime();
        String often = "T" + System.nanoTime();
        receiveAs(staff, customer, "UPS", once);
        for (String courier : List.of("UPS", "FDX", "DHL", "USPS", "OTR", "AMZL")) {
            receiveAs(staff, customer, courier, often);
        }

        int one = lookup(staff, once, 1);
        int six = lookup(staff, often, 6);

        // The staff member's token, the shipments, then their pieces, events, photos and invoice lines.
        assertThat(one).isPositive().isLessThanOrEqualTo(7);
        assertThat(six).as("six matches cost what one does").isEqualTo(one);
    }

    private int lookup(Staff staff, String tracking, int expected) {
        statements.reset();
        BoxClient.Response found = staff.get("/shipments?inboundTracking=" + tracking);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json()).hasSize(expected);
        return statements.count();
    }

    private static void receiveAs(Staff staff, Customer customer, String courier, String tracking) {
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "%s", "inboundTracking": "%s", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), courier, tracking));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
    }

    private int details(Customer customer, long trck) {
        statements.reset();
        BoxClient.Response response = box.post(
                "/wcf-services/service-shipment.svc/shipment/get-shipment-info",
                customer.credentials().put("trck_nmr_fol", trck));
        assertThat(response.verified()).as(response.text()).isTrue();
        return statements.count();
    }

    private static long received(Staff staff, Customer customer) {
        return staff.post("/packages", """
                        {"boxId": %d, "courier": "UPS", "inboundTracking": "Q%d", "declaredValue": 1,
                         "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                        """.formatted(customer.boxId(), System.nanoTime()))
                .json()
                .get("trckNmrFol")
                .asLong();
    }

    private void receive(Staff staff, Customer customer, int count) {
        for (int i = 0; i < count; i++) {
            BoxClient.Response received = staff.post("/packages", """
                    {"boxId": %d, "courier": "UPS", "inboundTracking": "Q%d", "declaredValue": 1,
                     "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                    """.formatted(customer.boxId(), System.nanoTime()));
            long trck = received.json().get("trckNmrFol").asLong();
            staff.post("/shipments/" + trck + "/processing", """
                    {"measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                    """);
            staff.post("/shipments/" + trck + "/events", "{\"code\": \"PAY\"}");
        }
    }

    private static void receiveOfFamily(Staff staff, Customer customer, String family) {
        BoxClient.Response received =
                staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "Q%d", "familyProduct": "%s", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime(), family));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
    }

    private int listing(Customer customer) {
        statements.reset();
        BoxClient.Response response = box.post(BoxClient.CUSTOMER + "customer-get-shipments", customer.credentials());
        assertThat(response.verified()).as(response.text()).isTrue();
        return statements.count();
    }
}
