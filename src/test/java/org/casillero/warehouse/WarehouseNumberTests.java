package org.casillero.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.WireNumbers;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * The warehouse API reads its JSON with Spring's own mapper: a number of any size or exponent, in
 * any of its numeric fields (amounts, measures, ids, times), answers as an RFC 9457 problem (400 or
 * 422), never as a 500 or an ERROR line; a decimal no field takes is 422, naming the field.
 */
@ExtendWith(OutputCaptureExtension.class)
class WarehouseNumberTests extends BoxApiTest {
    private static final String NUMBER = "@@NUMBER@@";
    private static final List<String> NUMBERS = WireNumbers.ALL;

    @Autowired
    ApplicationContext context;

    @Test
    void answersEveryNumberOfAnySizeAsAProblemWithoutAServerError(CapturedOutput output) {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        long trck = receive(staff, customer);
        String measures = """
                {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}""";
        String receipt = """
                {"boxId": %s, "courier": "UPS", "inboundTracking": "N%d", "declaredValue": %s, "measures": %s}""";
        List<String[]> places = List.of(
                new String[] {"/packages", receipt.formatted(NUMBER, System.nanoTime(), "1", measures)},
                new String[] {"/packages", receipt.formatted(customer.boxId(), System.nanoTime(), NUMBER, measures)},
                new String[] {
                    "/packages",
                    receipt.formatted(
                            customer.boxId(),
                            System.nanoTime(),
                            "1",
                            measures.replace("\"weight\": 1", "\"weight\": " + NUMBER))
                },
                new String[] {"/shipments/" + trck + "/events", "{\"code\": \"PAY\", \"occurredAt\": " + NUMBER + "}"},
                new String[] {
                    "/events", "{\"events\": [{\"trckNmrFol\": " + NUMBER + ", \"event\": {\"code\": \"PAY\"}}]}"
                },
                new String[] {
                    "/shipments/" + trck + "/processing",
                    "{\"measures\": " + measures + ", \"charges\": {\"rate\": " + NUMBER
                            + ", \"discount\": 0, \"reason\": \"r\"}}"
                },
                new String[] {"/unidentified/1/assignment", "{\"boxId\": " + NUMBER + "}"});
        List<String> wrong = new ArrayList<>();

        for (String[] place : places) {
            for (String number : NUMBERS) {
                BoxClient.Response response = staff.post(place[0], place[1].replace(NUMBER, number));
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (response.status() >= 500 || (response.status() >= 400 && !type.contains("problem+json"))) {
                    wrong.add(place[0] + " " + abbreviated(place[1].replace(NUMBER, number)) + ": " + response.status()
                            + " " + abbreviated(response.text()));
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(output.getAll()).doesNotContain(" ERROR ", "NumberFormatException", "\tat ");
    }

    @Test
    void answersADecimalNoFieldTakesAs422NamingTheField() {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();

        BoxClient.Response tiny = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "T%d", "declaredValue": 1,
                 "measures": {"weight": 1e-999999999, "weightUnit": "LB", "length": 1, "width": 1, "height": 1,
                              "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));

        assertThat(tiny.status()).as(tiny.text()).isEqualTo(422);
        assertThat(tiny.json().get("field").asString()).isEqualTo("measures.weight");
        assertThat(tiny.json().get("detail").asString()).isEqualTo("measures.weight is out of range");
    }

    private static long receive(Staff staff, Customer customer) {
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "N%d", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
