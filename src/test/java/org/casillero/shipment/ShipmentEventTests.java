package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.BoxApiTest.Customer;
import org.casillero.BoxClient;
import org.casillero.RecordedEvents;
import org.casillero.rating.InvoiceRule;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each change to a shipment publishes exactly its domain event, with the facts a receiver needs, and
 * a scan or a request that changes nothing publishes none: what a listener took after each commit
 * on a server of its own.
 */
class ShipmentEventTests {
    private static ConfigurableApplicationContext server;
    private static BoxClient box;
    private static RecordedEvents events;

    private Staff staff;

    @BeforeAll
    static void start() {
        server = RecordedEvents.startServer();
        box = new BoxClient(
                ((WebServerApplicationContext) server).getWebServer().getPort());
        events = server.getBean(RecordedEvents.class);
        server.getBean(RatingAdministration.class)
                .setTariff(new Tariff(616, new BigDecimal("3.50"), new BigDecimal("6.50"), BigDecimal.ZERO, 166));
    }

    /** What was told while {@code action} ran. */
    private static List<Object> told(Runnable action) {
        return events.told(action);
    }

    private long received(Customer customer) {
        BoxClient.Response response = scan("\"boxId\": " + customer.boxId(), "1Z" + System.nanoTime());
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("trckNmrFol").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void warehouse() {
        staff = TestWarehouses.staffOfNewWarehouse(server, box);
    }

    private BoxClient.Response scan(String label, String inbound) {
        return staff.post("/packages", """
                {%s, "courier": "UPS", "inboundTracking": "%s", "merchant": "eBay", "content": "shoes",
                 "familyProduct": "TST", "declaredValue": 7,
                 "measures": {"weight": 2, "weightUnit": "LB", "length": 5, "width": 5, "height": 5, "lengthUnit": "IN"}}
                """.formatted(label, inbound));
    }

    @Test
    void tellsThatAPackageWasReceivedForABoxOnceHoweverOftenItIsScanned() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        String inbound = "1Z" + System.nanoTime();
        int before = events.committed().size();

        BoxClient.Response first = scan("\"boxId\": " + customer.boxId(), inbound);
        BoxClient.Response again = scan("\"boxId\": " + customer.boxId(), inbound);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        long trck = first.json().get("trckNmrFol").asLong();
        assertThat(events.committed().subList(before, events.committed().size()))
                .singleElement()
                .isInstanceOfSatisfying(PackageReceived.class, received -> {
                    assertThat(received.copaId()).isEqualTo(616);
                    assertThat(received.customerBoxId()).isEqualTo(customer.boxId());
                    assertThat(received.trckNmrFol()).isEqualTo(trck);
                    assertThat(received.warehouseCode())
                            .isEqualTo(staff.warehouse().code());
                    assertThat(received.courierCode()).isEqualTo("UPS");
                    assertThat(received.inboundTracking()).isEqualTo(inbound);
                    assertThat(received.receivedBy()).isEqualTo(staff.name());
                    assertThat(received.receivedAt()).isNotNull();
                });
    }

    @Test
    void tellsThatAPackageWaitsUnidentifiedAndThenThatStaffAssignedIt() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        String inbound = "1Z" + System.nanoTime();
        int before = events.committed().size();

        BoxClient.Response queued = scan("\"suite\": \"XX" + customer.boxId() + "\"", inbound);
        long packageId = queued.json().get("unidentifiedId").asLong();
        String assignment = "{\"boxId\": " + customer.boxId() + "}";
        BoxClient.Response assigned = staff.post("/unidentified/" + packageId + "/assignment", assignment);
        BoxClient.Response twice = staff.post("/unidentified/" + packageId + "/assignment", assignment);
        BoxClient.Response unknownBox = staff.post("/unidentified/" + packageId + "/assignment", "{\"boxId\": 1}");

        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(unknownBox.status()).isNotEqualTo(200);
        long trck = assigned.json().get("trckNmrFol").asLong();
        assertThat(events.committed().subList(before, events.committed().size()))
                .hasSize(2)
                .satisfiesExactly(
                        left -> assertThat(left).isInstanceOfSatisfying(PackageLeftUnidentified.class, waiting -> {
                            assertThat(waiting.packageId()).isEqualTo(packageId);
                            assertThat(waiting.labelText()).isEqualTo("XX" + customer.boxId());
                            assertThat(waiting.warehouseCode())
                                    .isEqualTo(staff.warehouse().code());
                            assertThat(waiting.inboundTracking()).isEqualTo(inbound);
                        }),
                        taken -> assertThat(taken).isInstanceOfSatisfying(PackageAssigned.class, package_ -> {
                            assertThat(package_.copaId()).isEqualTo(616);
                            assertThat(package_.customerBoxId()).isEqualTo(customer.boxId());
                            assertThat(package_.trckNmrFol()).isEqualTo(trck);
                            assertThat(package_.packageId()).isEqualTo(packageId);
                            assertThat(package_.assignedBy()).isEqualTo(staff.name());
                        }));
    }

    @Test
    void tellsOfEachHoldRaisedAndClearedAndOfNoneThatChangedNothing() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        long trck = scan("\"boxId\": " + customer.boxId(), "1Z" + System.nanoTime())
                .json()
                .get("trckNmrFol")
                .asLong();
        Staff otherWarehouse = TestWarehouses.staffOfNewWarehouse(server, box);
        int before = events.committed().size();

        staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"CUSTOMS\"}");
        staff.post("/shipments/" + trck + "/holds", "{\"reason\": \"CUSTOMS\"}");
        BoxClient.Response notTheirs =
                otherWarehouse.post("/shipments/" + trck + "/holds", "{\"reason\": \"DAMAGED\"}");
        staff.post("/shipments/" + trck + "/holds/clearance", "{\"reason\": \"DAMAGED\"}");
        staff.post("/shipments/" + trck + "/holds/clearance", "{\"reason\": \"CUSTOMS\"}");

        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(events.committed().subList(before, events.committed().size()))
                .satisfiesExactly(
                        raised -> assertThat(raised).isInstanceOfSatisfying(HoldRaised.class, hold -> {
                            assertThat(hold.trckNmrFol()).isEqualTo(trck);
                            assertThat(hold.customerBoxId()).isEqualTo(customer.boxId());
                            assertThat(hold.copaId()).isEqualTo(616);
                            assertThat(hold.reason()).isEqualTo(HoldReason.CUSTOMS);
                            assertThat(hold.byRule()).isFalse();
                            assertThat(hold.takenOver()).isFalse();
                            assertThat(hold.raisedBy()).isEqualTo(staff.name());
                        }),
                        cleared -> assertThat(cleared).isInstanceOfSatisfying(HoldCleared.class, hold -> {
                            assertThat(hold.trckNmrFol()).isEqualTo(trck);
                            assertThat(hold.customerBoxId()).isEqualTo(customer.boxId());
                            assertThat(hold.reason()).isEqualTo(HoldReason.CUSTOMS);
                            assertThat(hold.byInvoice()).isFalse();
                            assertThat(hold.clearedBy()).isEqualTo(staff.name());
                        }));
    }

    @Test
    void tellsThatAShipmentWasProcessedAndEachStatusItMovedToButNotAMoveRefused() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        long trck = received(customer);
        String measures =
                "{\"measures\": {\"weight\": 2, \"weightUnit\": \"LB\", \"length\": 5, \"width\": 5, \"height\": 5, \"lengthUnit\": \"IN\"}}";

        List<Object> processed = told(() -> assertThat(staff.post("/shipments/" + trck + "/processing", measures)
                        .status())
                .isEqualTo(200));
        List<Object> paid = told(() -> assertThat(staff.post("/shipments/" + trck + "/events", "{\"code\": \"PAY\"}")
                        .status())
                .isEqualTo(200));
        List<Object> backwards =
                told(() -> assertThat(staff.post("/shipments/" + trck + "/events", "{\"code\": \"PAY\"}")
                                .status())
                        .isNotEqualTo(200));

        assertThat(processed).singleElement().isInstanceOfSatisfying(ShipmentProcessed.class, event -> {
            assertThat(event.trckNmrFol()).isEqualTo(trck);
            assertThat(event.customerBoxId()).isEqualTo(customer.boxId());
            assertThat(event.chargedWeight()).isPositive();
            assertThat(event.rate()).isPositive();
            assertThat(event.chargesOverridden()).isFalse();
            assertThat(event.processedBy()).isEqualTo(staff.name());
        });
        assertThat(paid).singleElement().isInstanceOfSatisfying(ShipmentStatusChanged.class, event -> {
            assertThat(event.trckNmrFol()).isEqualTo(trck);
            assertThat(event.status()).isEqualTo(ShipmentStatus.PAID);
            assertThat(event.trackCdg()).isEqualTo("PAY");
            assertThat(event.iataCode()).isEqualTo(staff.warehouse().iataCode());
            assertThat(event.recordedBy()).isEqualTo(staff.name());
        });
        assertThat(backwards).isEmpty();
    }

    @Test
    void tellsThatACustomerGaveItsInvoiceButNotWhenItWasRefused() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        long trck = received(customer);

        List<Object> refused = told(
                () -> assertThat(TestInvoices.typed(box, customer, trck, "0").verified())
                        .isFalse());
        List<Object> typed = told(() -> assertThat(
                        TestInvoices.typed(box, customer, trck, "20", "5.5").verified())
                .isTrue());
        String guid = TestInvoices.guid(box, customer, trck, "invoice.pdf");
        List<Object> uploaded = told(() -> assertThat(TestInvoices.upload(box, customer, guid, TestInvoices.PDF)
                        .verified())
                .isTrue());

        assertThat(refused).isEmpty();
        assertThat(typed).singleElement().isInstanceOfSatisfying(InvoiceProvided.class, event -> {
            assertThat(event.trckNmrFol()).isEqualTo(trck);
            assertThat(event.lines()).isEqualTo(2);
            assertThat(event.invoiceId()).isNull();
        });
        assertThat(uploaded).singleElement().isInstanceOfSatisfying(InvoiceProvided.class, event -> {
            assertThat(event.customerBoxId()).isEqualTo(customer.boxId());
            assertThat(event.lines()).isZero();
            assertThat(event.invoiceId()).isNotNull();
        });
    }

    @Test
    void tellsOfAConsolidationRequestedAndOfItsDecision() {
        Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
        long first = received(customer);
        long second = received(customer);
        long third = received(customer);
        long fourth = received(customer);

        long[] requestIds = new long[2];
        List<Object> requested = told(() -> requestIds[0] = request(customer, first, second));
        requestIds[1] = request(customer, third, fourth);
        List<Object> consolidated =
                told(() -> assertThat(staff.post("/consolidation-requests/" + requestIds[0] + "/consolidation", "")
                                .status())
                        .isIn(200, 201));
        List<Object> again = told(() -> staff.post("/consolidation-requests/" + requestIds[0] + "/consolidation", ""));
        List<Object> refused = told(() -> assertThat(
                        staff.post("/consolidation-requests/" + requestIds[1] + "/refusal", "{\"reason\": \"Too big\"}")
                                .status())
                .isEqualTo(200));

        assertThat(requested).singleElement().isInstanceOfSatisfying(ConsolidationRequested.class, event -> {
            assertThat(event.requestId()).isEqualTo(requestIds[0]);
            assertThat(event.customerBoxId()).isEqualTo(customer.boxId());
            assertThat(event.trckNmrFols()).containsExactly(first, second);
            assertThat(event.warehouseCode()).isEqualTo(staff.warehouse().code());
        });
        assertThat(consolidated)
                .filteredOn(ShipmentsConsolidated.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(ShipmentsConsolidated.class, event -> {
                    assertThat(event.requestId()).isEqualTo(requestIds[0]);
                    assertThat(event.from()).containsExactly(first, second);
                    assertThat(event.into()).isNotIn(first, second);
                    assertThat(event.consolidatedBy()).isEqualTo(staff.name());
                });
        assertThat(again).isEmpty();
        assertThat(refused).singleElement().isInstanceOfSatisfying(ConsolidationRefused.class, event -> {
            assertThat(event.requestId()).isEqualTo(requestIds[1]);
            assertThat(event.trckNmrFols()).containsExactly(third, fourth);
            assertThat(event.reason()).isEqualTo("Too big");
        });
    }

    /** The plugin's consolidation request; answers its id. */
    private static long request(Customer customer, long... shipments) {
        ObjectNode body = customer.credentials();
        ArrayNode list = body.putArray("trck_nmr_fol_list");
        for (long trck : shipments) {
            list.addObject()
                    .put("trck_nmr_fol", String.valueOf(trck))
                    .put("awb_declared_value", 25.5)
                    .put("awb_invoice_url", "https://shop.example.com/invoice/" + trck);
        }
        BoxClient.Response requested = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", body);
        assertThat(requested.verified()).as(requested.text()).isTrue();
        return requested.first().get("consolidation_request_id").asLong();
    }

    @Test
    void tellsOfTheReceiptBeforeOfTheHoldAnInvoiceRuleRaisedAndThatTheCustomersInvoiceClearedIt() {
        RatingAdministration administration = server.getBean(RatingAdministration.class);
        administration.setInvoiceRule(new InvoiceRule(TestInvoices.mexico(server), new BigDecimal("100"), Set.of()));
        try {
            Customer customer = BoxApiTest.register(box, BoxApiTest.registration(BoxApiTest.uniqueEmail()));
            long[] trck = new long[1];
            List<Object> receipt =
                    told(() -> trck[0] = staff.post("/packages", """
                            {"boxId": %d, "courier": "UPS", "inboundTracking": "1Z%d", "declaredValue": 150,
                             "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                            """.formatted(customer.boxId(), System.nanoTime()))
                            .json()
                            .get("trckNmrFol")
                            .asLong());
            List<Object> invoice = told(() -> assertThat(
                            TestInvoices.typed(box, customer, trck[0], "150").verified())
                    .isTrue());

            assertThat(receipt)
                    .satisfiesExactly(
                            received -> assertThat(received).isInstanceOf(PackageReceived.class),
                            held -> assertThat(held).isInstanceOfSatisfying(HoldRaised.class, hold -> {
                                assertThat(hold.trckNmrFol()).isEqualTo(trck[0]);
                                assertThat(hold.reason()).isEqualTo(HoldReason.INVOICE_REQUIRED);
                                assertThat(hold.byRule()).isTrue();
                            }));
            assertThat(invoice)
                    .hasSize(2)
                    .anySatisfy(provided -> assertThat(provided).isInstanceOf(InvoiceProvided.class))
                    .anySatisfy(cleared -> assertThat(cleared).isInstanceOfSatisfying(HoldCleared.class, hold -> {
                        assertThat(hold.reason()).isEqualTo(HoldReason.INVOICE_REQUIRED);
                        assertThat(hold.byInvoice()).isTrue();
                    }));
        } finally {
            administration.removeInvoiceRule(TestInvoices.mexico(server));
        }
    }
}
