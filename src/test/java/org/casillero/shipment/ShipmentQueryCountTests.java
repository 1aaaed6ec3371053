package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.StatementCounter;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** Listing a customer's shipments costs the same few queries, whatever the number of shipments, pieces and events. */
@Import(StatementCounter.class)
class ShipmentQueryCountTests extends BoxApiTest {
    @Autowired
    StatementCounter statements;

    @Autowired
    ApplicationContext context;

    @Test
    void listsShipmentsWithAFixedNumberOfQueries() {
        context.getBean(ShipmentAdministration.class)
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

    private int listing(Customer customer) {
        statements.reset();
        BoxClient.Response response = box.post(BoxClient.CUSTOMER + "customer-get-shipments", customer.credentials());
        assertThat(response.verified()).as(response.text()).isTrue();
        return statements.count();
    }
}
