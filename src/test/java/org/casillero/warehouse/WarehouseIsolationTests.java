package org.casillero.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff of one warehouse learn nothing of another's packages through the warehouse API: scanning a
 * courier's tracking number that another warehouse received makes this warehouse's own shipment (or
 * unidentified package), exactly as for a number never seen; assigning, looking up and consolidating
 * see this warehouse's packages only.
 */
class WarehouseIsolationTests extends BoxApiTest {
    @Autowired
    ApplicationContext context;

    private Staff here;
    private Staff there;

    @BeforeEach
    void twoWarehouses() {
        here = TestWarehouses.staffOfNewWarehouse(context, box);
        there = TestWarehouses.staffOfNewWarehouse(context, box);
    }

    private static String scan(String label, String courier, String tracking) {
        return """
                {%s, "courier": "%s", "inboundTracking": "%s", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(label, courier, tracking);
    }

    private static String box(Customer customer) {
        return "\"boxId\": " + customer.boxId();
    }

    private static final String NO_BOX = "\"suite\": \"ZZ0\"";

    @Test
    void aScanOfAPackageAnotherWarehouseReceivedMakesThisWarehousesOwnShipment() {
        Customer customer = register();
        String tracking = "1Z" + System.nanoTime();
        BoxClient.Response theirs = there.post("/packages", scan(box(customer), "UPS", tracking));
        assertThat(theirs.status()).as(theirs.text()).isEqualTo(201);
        long theirShipment = theirs.json().get("trckNmrFol").asLong();

        BoxClient.Response ours = here.post("/packages", scan(box(customer), "UPS", tracking));
        BoxClient.Response oursAgain = here.post("/packages", scan(box(customer), "UPS", tracking));

        assertThat(ours.text()).doesNotContain(String.valueOf(theirShipment));
        assertThat(ours.status()).as(ours.text()).isEqualTo(201);
        assertThat(ours.json().get("created").asBoolean()).isTrue();
        long ourShipment = ours.json().get("trckNmrFol").asLong();
        assertThat(oursAgain.status()).as("a rescan here is still a rescan").isEqualTo(200);
        assertThat(oursAgain.json().get("trckNmrFol").asLong()).isEqualTo(ourShipment);
        assertThat(here.get("/shipments/" + ourShipment).json().get("warehouse").asString())
                .isEqualTo(here.warehouse().code());
        assertThat(there.post("/packages", scan(box(customer), "UPS", tracking))
                        .json()
                        .get("trckNmrFol")
                        .asLong())
                .isEqualTo(theirShipment);
        assertThat(numbers(here.get("/shipments?inboundTracking=" + tracking), "trckNmrFol"))
                .containsExactly(ourShipment);
        assertThat(numbers(there.get("/shipments?inboundTracking=" + tracking + "&courier=UPS"), "trckNmrFol"))
                .containsExactly(theirShipment);
    }

    @Test
    void aScanOfAPackageAnotherWarehouseQueuedAsUnidentifiedQueuesItHere() {
        String tracking = "1Z" + System.nanoTime();
        BoxClient.Response theirs = there.post("/packages", scan(NO_BOX, "FDX", tracking));
        assertThat(theirs.status()).as(theirs.text()).isEqualTo(202);
        long theirPackage = theirs.json().get("unidentifiedId").asLong();

        BoxClient.Response ours = here.post("/packages", scan(NO_BOX, "FDX", tracking));

        assertThat(ours.status()).as(ours.text()).isEqualTo(202);
        assertThat(ours.json().get("unidentifiedId").asLong()).isNotEqualTo(theirPackage);
        assertThat(numbers(here.get("/unidentified"), "packageId"))
                .containsExactly(ours.json().get("unidentifiedId").asLong());
        assertThat(numbers(there.get("/unidentified"), "packageId")).containsExactly(theirPackage);
    }

    @Test
    void assigningAPackageAnotherWarehouseReceivedAsAShipmentNamesNoneOfTheirs() {
        Customer customer = register();
        String tracking = "1Z" + System.nanoTime();
        long ourPackage = here.post("/packages", scan(NO_BOX, "DHL", tracking))
                .json()
                .get("unidentifiedId")
                .asLong();
        BoxClient.Response theirs = there.post("/packages", scan(box(customer), "DHL", tracking));
        assertThat(theirs.text())
                .as("their scan names nothing of ours")
                .doesNotContain("\"unidentifiedId\":" + ourPackage);
        assertThat(theirs.status()).as(theirs.text()).isEqualTo(201);
        long theirShipment = theirs.json().get("trckNmrFol").asLong();

        BoxClient.Response assigned =
                here.post("/unidentified/" + ourPackage + "/assignment", "{\"boxId\": " + customer.boxId() + "}");
        BoxClient.Response byThem =
                there.post("/unidentified/" + ourPackage + "/assignment", "{\"boxId\": " + customer.boxId() + "}");

        assertThat(assigned.text()).doesNotContain(String.valueOf(theirShipment));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        assertThat(assigned.json().get("trckNmrFol").asLong()).isNotEqualTo(theirShipment);
        assertThat(byThem.status())
                .as("another warehouse's package is not found")
                .isEqualTo(404);
        assertThat(byThem.text())
                .doesNotContain(String.valueOf(assigned.json().get("trckNmrFol").asLong()));
    }

    @Test
    void looksUpAndConsolidatesThisWarehousesShipmentsOnly() {
        Customer customer = register();
        String tracking = "1Z" + System.nanoTime();
        long theirs = there.post("/packages", scan(box(customer), "UPS", tracking))
                .json()
                .get("trckNmrFol")
                .asLong();
        long ours = here.post("/packages", scan(box(customer), "UPS", "Q" + tracking))
                .json()
                .get("trckNmrFol")
                .asLong();
        ObjectNode request = customer.credentials();
        request.putArray("trck_nmr_fol_list").addObject().put("trck_nmr_fol", theirs);
        long requestId = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", request)
                .first()
                .get("consolidation_request_id")
                .asLong();

        assertThat(here.get("/shipments?inboundTracking=" + tracking).json()).isEmpty();
        assertThat(here.get("/shipments?inboundTracking=" + tracking + "&courier=UPS")
                        .json())
                .isEmpty();
        assertThat(here.get("/consolidation-requests").text()).doesNotContain(String.valueOf(theirs));
        assertThat(here.get("/consolidation-requests/" + requestId).status()).isEqualTo(404);
        assertThat(here.post("/consolidation-requests/" + requestId + "/consolidation", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(numbers(here.get("/shipments?boxId=" + customer.boxId()), "trckNmrFol"))
                .containsExactly(ours);
    }

    private static List<Long> numbers(BoxClient.Response response, String key) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode list = response.json();
        return list.valueStream().map(item -> item.get(key).asLong()).toList();
    }
}
