package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every row of the published transition table, through the warehouse API: from each status a shipment
 * can be in, every allowed event is recorded and every other one refused (409), leaving the status
 * as it was.
 */
class TransitionTableTests extends BoxApiTest {
    /** The README's table, written out: each code and the codes it may move to. */
    private static final Map<String, Set<String>> README_TABLE = Map.ofEntries(
            Map.entry("REC", Set.of("PRO", "CAN", "CON")),
            Map.entry("PRO", Set.of("CUT", "CAN")),
            Map.entry("CUT", Set.of("PAY", "CAN")),
            Map.entry("PAY", Set.of("MNF", "CAN")),
            Map.entry("MNF", Set.of("DEP", "ATC", "CUS", "REL", "OUT", "DEL")),
            Map.entry("DEP", Set.of("ATC", "CUS", "REL", "OUT", "DEL")),
            Map.entry("ATC", Set.of("CUS", "REL", "OUT", "DEL")),
            Map.entry("CUS", Set.of("REL", "OUT", "DEL", "RTS")),
            Map.entry("REL", Set.of("OUT", "DEL")),
            Map.entry("OUT", Set.of("DEL", "DFL")),
            Map.entry("DFL", Set.of("OUT", "RTS")),
            Map.entry("DEL", Set.of()),
            Map.entry("RTS", Set.of()),
            Map.entry("CAN", Set.of()),
            Map.entry("CON", Set.of()));

    /** Entered by receiving, processing and consolidating, not by events. */
    private static final Set<ShipmentStatus> BY_PROCESS = EnumSet.of(
            ShipmentStatus.RECEIVED,
            ShipmentStatus.PROCESSED,
            ShipmentStatus.AWAITING_PAYMENT,
            ShipmentStatus.CONSOLIDATED);

    @Autowired
    ApplicationContext context;

    @Test
    void recordsEveryAllowedTransitionAndRefusesEveryOther() {
        context.getBean(RatingAdministration.class)
                .setTariff(
                        new Tariff(Seeds.COPA_ID, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        Map<ShipmentStatus, List<ShipmentStatus>> paths = pathsFromAwaitingPayment();
        int allowed = 0;
        int refused = 0;

        for (ShipmentStatus from : ShipmentStatus.values()) {
            if (from == ShipmentStatus.PROCESSED) {
                continue; // processing moves straight on to AWAITING_PAYMENT
            }
            for (ShipmentStatus to : ShipmentStatus.values()) {
                if (BY_PROCESS.contains(to)) {
                    continue;
                }
                long trck = shipmentIn(staff, customer, from, paths);
                BoxClient.Response answer = event(staff, trck, to);
                if (README_TABLE.get(from.code()).contains(to.code())) {
                    assertThat(answer.status())
                            .as(from + " -> " + to + ": " + answer.text())
                            .isEqualTo(200);
                    assertThat(status(staff, trck)).isEqualTo(to.name());
                    allowed++;
                } else {
                    assertThat(answer.status()).as(from + " -> " + to).isEqualTo(409);
                    assertThat(status(staff, trck)).isEqualTo(from.name());
                    refused++;
                }
            }
        }

        // Every row of the README table but those recorded by receiving, processing and consolidating.
        assertThat(allowed).isEqualTo(30);
        assertThat(refused).isGreaterThan(100);
    }

    /** A shipment of the customer's, driven along allowed events to {@code target}. */
    private long shipmentIn(
            Staff staff, Customer customer, ShipmentStatus target, Map<ShipmentStatus, List<ShipmentStatus>> paths) {
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "T%d", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        long trck = received.json().get("trckNmrFol").asLong();
        if (target == ShipmentStatus.RECEIVED) {
            return trck;
        }
        if (target == ShipmentStatus.CONSOLIDATED) {
            ObjectNode request = customer.credentials();
            request.putArray("trck_nmr_fol_list").addObject().put("trck_nmr_fol", trck);
            long requestId = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", request)
                    .first()
                    .get("consolidation_request_id")
                    .asLong();
            assertThat(staff.post("/consolidation-requests/" + requestId + "/consolidation", "{}")
                            .status())
                    .isEqualTo(201);
            assertThat(status(staff, trck)).isEqualTo(target.name());
            return trck;
        }
        staff.post("/shipments/" + trck + "/processing", """
                {"measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """);
        for (ShipmentStatus step : paths.get(target)) {
            assertThat(event(staff, trck, step).status())
                    .as("on the way to " + target)
                    .isEqualTo(200);
        }
        assertThat(status(staff, trck)).isEqualTo(target.name());
        return trck;
    }

    /** The shortest run of events from AWAITING_PAYMENT to every status, through the table itself. */
    private static Map<ShipmentStatus, List<ShipmentStatus>> pathsFromAwaitingPayment() {
        Map<ShipmentStatus, List<ShipmentStatus>> paths = new EnumMap<>(ShipmentStatus.class);
        paths.put(ShipmentStatus.AWAITING_PAYMENT, List.of());
        Deque<ShipmentStatus> queue = new ArrayDeque<>(List.of(ShipmentStatus.AWAITING_PAYMENT));
        while (!queue.isEmpty()) {
            ShipmentStatus current = queue.poll();
            for (ShipmentStatus next : current.next()) {
                if (!paths.containsKey(next)) {
                    List<ShipmentStatus> path = new ArrayList<>(paths.get(current));
                    path.add(next);
                    paths.put(next, path);
                    queue.add(next);
                }
            }
        }
        return paths;
    }

    private static BoxClient.Response event(Staff staff, long trck, ShipmentStatus to) {
        return staff.post("/shipments/" + trck + "/events", "{\"code\": \"" + to.code() + "\"}");
    }

    private static String status(Staff staff, long trck) {
        return staff.get("/shipments/" + trck).json().get("status").asString();
    }
}
