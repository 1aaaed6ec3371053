package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.casillero.BoxApiTest;
import org.casillero.BoxApiTest.Customer;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;
import org.casillero.LeaveLoggingAlone;
import org.casillero.RecordedEvents;
import org.casillero.TestDatabase;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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
        Map<String, String> properties = new HashMap<>(TestDatabase.freshProperties());
        properties.put("server.port", "0");
        properties.put("casillero.demo-data", "true");
        properties.put("casillero.test.events", "on");
        server = LeaveLoggingAlone.starting(() -> new SpringApplicationBuilder(CasilleroApplication.class)
                .run(properties.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new)));
        box = new BoxClient(
                ((WebServerApplicationContext) server).getWebServer().getPort());
        events = server.getBean(RecordedEvents.class);
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
}
