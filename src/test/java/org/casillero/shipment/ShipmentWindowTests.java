package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipment lists answer a window of at most three years (the plugin asks for the last 30 or 90
 * days, or for the dates a customer typed): a wider one, up to a century, is refused naming
 * {@code start_date} instead of reading a customer's whole history in one answer.
 */
class ShipmentWindowTests extends BoxApiTest {
    private static final List<String> LISTS =
            List.of(BoxClient.CUSTOMER + "customer-get-shipments", BoxClient.CUSTOMER + "customer-get-shipments-hbc");

    @Autowired
    ApplicationContext context;

    private ObjectNode window(Customer customer, String start, String end) {
        ObjectNode body = customer.credentials();
        if (start != null) {
            body.put("start_date", start);
        }
        if (end != null) {
            body.put("end_date", end);
        }
        return body;
    }

    @Test
    void refusesAWindowOfMoreThanThreeYearsNamingStartDate() {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        TestInvoices.receive(staff, customer);
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

        for (String list : LISTS) {
            BoxClient.Response century = box.post(list, window(customer, "1926-01-01", "2026-12-31"));
            BoxClient.Response sinceLongAgo =
                    box.post(list, window(customer, today.minusYears(10).toString(), null));
            BoxClient.Response aDayTooMany = box.post(
                    list, window(customer, today.minusYears(3).minusDays(1).toString(), today.toString()));
            BoxClient.Response threeYears =
                    box.post(list, window(customer, today.minusYears(3).toString(), today.toString()));
            BoxClient.Response lastMonth =
                    box.post(list, window(customer, today.minusDays(30).toString(), today.toString()));
            BoxClient.Response blank = box.post(list, window(customer, "", ""));

            for (BoxClient.Response refused : List.of(century, sinceLongAgo, aDayTooMany)) {
                assertThat(refused.verified()).as(list).isFalse();
                assertThat(refused.errorLocation()).isEqualTo("start_date");
                assertThat(refused.errorDescription()).isEqualTo("start_date must be at most 3 years before end_date");
            }
            for (BoxClient.Response answered : List.of(threeYears, lastMonth, blank)) {
                assertThat(answered.verified()).as(answered.text()).isTrue();
                assertThat(answered.json()).hasSize(1);
            }
        }
    }
}
