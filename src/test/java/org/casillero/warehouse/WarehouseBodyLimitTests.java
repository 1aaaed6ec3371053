package org.casillero.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A staff token does not let its holder make the server read a body of any size: the warehouse API's
 * bodies are at most 2 MiB (a batch of 1,000 events with the longest observations fits), refused with
 * 413 before they are read when they say their length, and as soon as they pass it when they do not.
 */
class WarehouseBodyLimitTests extends BoxApiTest {
    private static final int OVER = 3 * 1024 * 1024;

    @Autowired
    ApplicationContext context;

    @Test
    void refusesBodiesOverTwoMebibytesWith413BeforeReadingThem() throws Exception {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        String huge = "{\"events\": [{\"trckNmrFol\": 1, \"event\": {\"code\": \"DEP\", \"observation\": \""
                + "x".repeat(OVER) + "\"}}]}";

        List<BoxClient.Response> answers = new ArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(8)) {
            List<Future<BoxClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(senders.submit((Callable<BoxClient.Response>) () -> staff.post("/events", huge)));
            }
            for (Future<BoxClient.Response> answer : sent) {
                answers.add(answer.get());
            }
        }
        BoxClient.Response chunked = box.send(HttpRequest.newBuilder(URI.create(box.base() + "/warehouse/v1/events"))
                .header("Authorization", "Bearer " + staff.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));
        answers.add(chunked);

        for (BoxClient.Response answer : answers) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.json().get("detail").asString()).isEqualTo("The body is larger than 2 MiB.");
        }
    }

    @Test
    void takesABatchOfAThousandEventsWithTheLongestObservations() {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        StringBuilder batch = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 1000; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append("{\"trckNmrFol\": ")
                    .append(1_000_000_000L + i)
                    .append(", \"event\": {\"code\": \"DEP\", \"occurredAt\": \"2026-01-01T00:00:00Z\",")
                    .append(" \"iataCode\": \"MIA\", \"visible\": true, \"observation\": \"")
                    .append("ñ".repeat(500))
                    .append("\"}}");
        }
        batch.append("]}");
        assertThat(batch.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1024 * 1024);

        BoxClient.Response answer = staff.post("/events", batch.toString());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().size()).isEqualTo(1000);
    }
}
