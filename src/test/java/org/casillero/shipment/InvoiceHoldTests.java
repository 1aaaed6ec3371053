package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a customer's invoice may change: it clears the hold an invoice rule raised, never one staff
 * raised by hand; its lines must be worth something; and once the shipment is manifested (or ended)
 * its invoice is what customs were given, so that neither typed lines nor files change it any more.
 */
class InvoiceHoldTests extends BoxApiTest {
    private static final String INFO = "/wcf-services/service-shipment.svc/shipment/get-shipment-info";

    @Autowired
    ApplicationContext context;

    private Staff staff;

    @BeforeEach
    void warehouseAndRule() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
        context.getBean(RatingAdministration.class)
                .setTariff(
                        new Tariff(Seeds.COPA_ID, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
        context.getBean(RatingAdministration.class)
                .setInvoiceRule(new InvoiceRule(TestInvoices.mexico(context), new BigDecimal("100"), Set.of()));
    }

    @AfterEach
    void noInvoiceRule() {
        context.getBean(RatingAdministration.class).removeInvoiceRule(TestInvoices.mexico(context));
    }

    private long receive(Customer customer, int declaredValue) {
        BoxClient.Response received =
                staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "H%d", "declaredValue": %d,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime(), declaredValue));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    private BoxClient.Response type(Customer customer, long trck, String... prices) {
        return TestInvoices.typed(box, customer, trck, prices);
    }

    private int frozen(Customer customer, long trck) {
        BoxClient.Response info = box.post(INFO, customer.credentials().put("trck_nmr_fol", trck));
        assertThat(info.verified()).as(info.text()).isTrue();
        return info.first().get("shipment").get("is_frozen").asInt();
    }

    private void move(long trck, String... codes) {
        for (String code : codes) {
            BoxClient.Response moved = code.equals("PRO")
                    ? staff.post("/shipments/" + trck + "/processing", """
                            {"measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                            """)
                    : staff.post("/shipments/" + trck + "/events", "{\"code\": \"" + code + "\"}");
            assertThat(moved.status()).as(code + ": " + moved.text()).isEqualTo(200);
        }
    }

    @Test
    void aCustomersInvoiceLeavesAnInvoiceHoldStaffRaisedByHand() {
        Customer customer = register();
        long typed = receive(customer, 10);
        long filed = receive(customer, 10);
        for (long trck : List.of(typed, filed)) {
            staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"INVOICE_REQUIRED\"}");
        }

        BoxClient.Response lines = type(customer, typed, "0.01");
        BoxClient.Response file = TestInvoices.upload(
                box, customer, TestInvoices.guid(box, customer, filed, "invoice.pdf"), TestInvoices.PDF);

        assertThat(lines.verified()).as(lines.text()).isTrue();
        assertThat(file.verified()).as(file.text()).isTrue();
        assertThat(frozen(customer, typed))
                .as("typed lines leave staff's hold open")
                .isEqualTo(1);
        assertThat(frozen(customer, filed))
                .as("a file leaves staff's hold open")
                .isEqualTo(1);
        move(typed, "PRO", "PAY");
        assertThat(staff.post("/shipments/" + typed + "/events", "{\"code\": \"MNF\"}")
                        .status())
                .as("still held: not manifested")
                .isEqualTo(409);
        assertThat(staff.post("/shipments/" + typed + "/holds/clearance", "{\"reason\": \"INVOICE_REQUIRED\"}")
                        .json()
                        .get("holds"))
                .isEmpty();
        assertThat(frozen(customer, typed)).isZero();
    }

    @Test
    void aCustomersInvoiceClearsTheHoldAnInvoiceRuleRaised() {
        Customer customer = register();
        long typed = receive(customer, 150);
        long filed = receive(customer, 150);
        assertThat(frozen(customer, typed)).isEqualTo(1);

        assertThat(type(customer, typed, "149.99").verified()).isTrue();
        assertThat(TestInvoices.upload(
                                box, customer, TestInvoices.guid(box, customer, filed, "invoice.pdf"), TestInvoices.PDF)
                        .verified())
                .isTrue();

        assertThat(frozen(customer, typed)).isZero();
        assertThat(frozen(customer, filed)).isZero();
    }

    @Test
    void staffRaisingTheInvoiceHoldARuleRaisedMakeItTheirsToClear() {
        Customer customer = register();
        long trck = receive(customer, 150);

        staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"INVOICE_REQUIRED\"}");
        BoxClient.Response typed = type(customer, trck, "150");

        assertThat(typed.verified()).as(typed.text()).isTrue();
        assertThat(frozen(customer, trck)).isEqualTo(1);
    }

    @Test
    void refusesTypedLinesThatAreWorthNothingNamingTheDetail() {
        Customer customer = register();
        long trck = receive(customer, 150);

        BoxClient.Response zero = type(customer, trck, "0");
        BoxClient.Response zeros = type(customer, trck, "0", "0.00");
        BoxClient.Response withAFreeLine = type(customer, trck, "0", "12.5");

        for (BoxClient.Response refused : List.of(zero, zeros)) {
            assertThat(refused.verified()).isFalse();
            assertThat(refused.errorLocation()).isEqualTo("detail");
            assertThat(refused.errorDescription()).isEqualTo("detail must total more than 0");
        }
        assertThat(withAFreeLine.verified())
                .as("a free line beside a paid one is fine")
                .isTrue();
        assertThat(frozen(customer, trck)).isZero();
    }

    @Test
    void freezesTheInvoiceOnceTheShipmentIsManifestedAndWhenItEnded() {
        Customer customer = register();
        long manifested = receive(customer, 10);
        long delivered = receive(customer, 10);
        long cancelled = receive(customer, 10);
        move(manifested, "PRO", "PAY");
        String waiting = TestInvoices.guid(box, customer, manifested, "late.pdf");
        assertThat(type(customer, manifested, "10").verified())
                .as("paid, not manifested: still open")
                .isTrue();
        move(manifested, "MNF");
        move(delivered, "PRO", "PAY", "MNF", "DEP", "DEL");
        move(cancelled, "CAN");

        for (long trck : List.of(manifested, delivered, cancelled)) {
            BoxClient.Response typed = type(customer, trck, "99");
            BoxClient.Response registered = TestInvoices.register(box, customer, trck, "other.pdf");
            assertThat(typed.verified()).as("%d typed", trck).isFalse();
            assertThat(typed.errorLocation()).isEqualTo("trck_nmr_fol");
            assertThat(typed.errorDescription()).contains("its invoice can no longer change");
            assertThat(registered.verified()).as("%d registered", trck).isFalse();
            assertThat(registered.errorLocation()).isEqualTo("trck_nmr_fol");
        }
        BoxClient.Response late = TestInvoices.upload(box, customer, waiting, TestInvoices.PDF);
        assertThat(late.verified()).isFalse();
        assertThat(late.errorLocation()).isEqualTo("invoice_file_guid");
        assertThat(late.errorDescription()).contains("its invoice can no longer change");
        assertThat(box.post(INFO, customer.credentials().put("trck_nmr_fol", manifested))
                        .first()
                        .get("invoice")
                        .get("detail")
                        .get(0)
                        .get("price_value")
                        .decimalValue())
                .as("the invoice as it was manifested")
                .isEqualByComparingTo("10");
    }

    @Test
    void freezesTheInvoiceOfAShipmentConsolidatedIntoAnother() {
        Customer customer = register();
        long first = receive(customer, 10);
        long second = receive(customer, 10);
        ObjectNode request = customer.credentials();
        ArrayNode list = request.putArray("trck_nmr_fol_list");
        list.addObject().put("trck_nmr_fol", first);
        list.addObject().put("trck_nmr_fol", second);
        long requestId = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", request)
                .first()
                .get("consolidation_request_id")
                .asLong();
        assertThat(staff.post("/consolidation-requests/" + requestId + "/consolidation", "{}")
                        .status())
                .isEqualTo(201);

        BoxClient.Response typed = type(customer, first, "10");

        assertThat(typed.verified()).isFalse();
        assertThat(typed.errorLocation()).isEqualTo("trck_nmr_fol");
    }

    @Test
    void refusesToConsolidateAShipmentStaffKeepHeldAfterItsInvoiceArrivedSayingTheWarehouseHoldsIt() {
        Customer customer = register();
        long free = receive(customer, 10);
        long typed = receive(customer, 10);
        long filed = receive(customer, 10);
        long waiting = receive(customer, 10);
        for (long trck : List.of(typed, filed, waiting)) {
            staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"INVOICE_REQUIRED\"}");
        }
        assertThat(type(customer, typed, "10").verified()).isTrue();
        assertThat(TestInvoices.upload(
                                box, customer, TestInvoices.guid(box, customer, filed, "invoice.pdf"), TestInvoices.PDF)
                        .verified())
                .isTrue();

        for (long held : List.of(typed, filed)) {
            ObjectNode request = customer.credentials();
            ArrayNode list = request.putArray("trck_nmr_fol_list");
            list.addObject().put("trck_nmr_fol", free);
            list.addObject().put("trck_nmr_fol", held);
            BoxClient.Response refused = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", request);

            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.verified()).as(refused.text()).isFalse();
            assertThat(refused.errorLocation()).isEqualTo("trck_nmr_fol_list[1].trck_nmr_fol");
            assertThat(refused.errorDescription())
                    .isEqualTo("trck_nmr_fol_list[1].trck_nmr_fol " + held
                            + " is held by the warehouse until the warehouse releases it");
        }
        ObjectNode request = customer.credentials();
        request.putArray("trck_nmr_fol_list").addObject().put("trck_nmr_fol", waiting);
        assertThat(box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", request)
                        .errorDescription())
                .as("no invoice yet: the customer's part comes first")
                .isEqualTo("trck_nmr_fol_list[0].trck_nmr_fol " + waiting + " needs its invoice first");
    }
}
