package org.casillero.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The staff lists that grow with the warehouse's work (unidentified packages and open consolidation
 * requests, oldest first; a box's shipments, newest first) answer a page at a time: {@code limit}
 * items (100 unless asked, at most 500), and a {@code Link: <…>; rel="next"} header to the next page
 * while there is one. The answer is the same JSON array as before.
 */
class WarehouseListPagingTests extends BoxApiTest {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @Autowired
    ApplicationContext context;

    private Staff staff;

    @BeforeEach
    void warehouse() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
    }

    private long unidentified() {
        BoxClient.Response queued = staff.post("/packages", """
                {"suite": "ZZ0", "courier": "UPS", "inboundTracking": "P%d", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(System.nanoTime()));
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        return queued.json().get("unidentifiedId").asLong();
    }

    private long consolidationRequest(Customer customer) {
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "P%d", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        ObjectNode body = customer.credentials();
        body.putArray("trck_nmr_fol_list")
                .addObject()
                .put("trck_nmr_fol", received.json().get("trckNmrFol").asLong());
        BoxClient.Response requested = box.post(BoxClient.CUSTOMER + "customer-consolidate-awb", body);
        assertThat(requested.verified()).as(requested.text()).isTrue();
        return requested.first().get("consolidation_request_id").asLong();
    }

    private static Optional<String> next(BoxClient.Response page) {
        return page.headers().firstValue("Link").map(link -> {
            Matcher next = NEXT.matcher(link);
            assertThat(next.find()).as(link).isTrue();
            return next.group(1);
        });
    }

    /** Every page from the first, following the next links: the ids of each page's items. */
    private List<List<Long>> pages(String first, String key) {
        List<List<Long>> pages = new ArrayList<>();
        Optional<String> path = Optional.of(first);
        while (path.isPresent()) {
            BoxClient.Response page = staff.get(path.get().replaceFirst("^/warehouse/v1", ""));
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            pages.add(ids(page.json(), key));
            path = next(page);
            assertThat(pages).as("pages").hasSizeLessThan(10);
        }
        return pages;
    }

    private static List<Long> ids(JsonNode list, String key) {
        assertThat(list.isArray()).isTrue();
        return list.valueStream().map(item -> item.get(key).asLong()).toList();
    }

    @Test
    void pagesUnidentifiedPackagesOldestFirstWithALinkToTheNextPage() {
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(unidentified());
        }

        List<List<Long>> pages = pages("/unidentified?limit=2", "packageId");
        BoxClient.Response whole = staff.get("/unidentified");

        assertThat(pages).containsExactly(queued.subList(0, 2), queued.subList(2, 4), queued.subList(4, 5));
        assertThat(whole.status()).isEqualTo(200);
        assertThat(ids(whole.json(), "packageId")).isEqualTo(queued);
        assertThat(whole.headers().firstValue("Link"))
                .as("one page holds them all")
                .isEmpty();
        assertThat(ids(staff.get("/unidentified?limit=500").json(), "packageId"))
                .isEqualTo(queued);
    }

    @Test
    void pagesOpenConsolidationRequestsOldestFirstWithALinkToTheNextPage() {
        Customer customer = register();
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(consolidationRequest(customer));
        }

        List<List<Long>> pages = pages("/consolidation-requests?limit=2", "requestId");

        assertThat(pages).containsExactly(requests.subList(0, 2), requests.subList(2, 3));
        assertThat(ids(staff.get("/consolidation-requests").json(), "requestId"))
                .isEqualTo(requests);
    }

    private long shipmentOf(Customer customer) {
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "P%d", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        return received.json().get("trckNmrFol").asLong();
    }

    @Test
    void pagesABoxsShipmentsNewestFirstWithALinkToTheNextPageThatKeepsTheBox() {
        Customer customer = register();
        Customer other = register();
        List<Long> received = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            received.add(shipmentOf(customer));
        }
        shipmentOf(other);
        List<Long> newestFirst = received.reversed();

        List<List<Long>> pages = pages("/shipments?boxId=" + customer.boxId() + "&limit=2", "trckNmrFol");
        BoxClient.Response whole = staff.get("/shipments?boxId=" + customer.boxId());

        assertThat(pages)
                .containsExactly(newestFirst.subList(0, 2), newestFirst.subList(2, 4), newestFirst.subList(4, 5));
        assertThat(whole.status()).isEqualTo(200);
        assertThat(ids(whole.json(), "trckNmrFol")).isEqualTo(newestFirst);
        assertThat(whole.headers().firstValue("Link"))
                .as("one page holds them all")
                .isEmpty();
        assertThat(staff.get("/shipments?boxId=" + customer.boxId() + "&limit=2")
                        .headers()
                        .firstValue("Link"))
                .get()
                .asString()
                .contains("boxId=" + customer.boxId());
    }

    @Test
    void refusesAPageSizeOutOfRangeOrACursorItDidNotMakeNamingTheParameter() {
        unidentified();
        for (String list : List.of("/unidentified?", "/consolidation-requests?", "/shipments?boxId=1&")) {
            for (String limit : List.of("0", "-1", "501", "1000000000000", "ten")) {
                BoxClient.Response refused = staff.get(list + "limit=" + limit);
                assertThat(refused.status()).as(list + " limit " + limit).isEqualTo(422);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .get()
                        .asString()
                        .contains("problem+json");
                assertThat(refused.json().get("field").asString()).isEqualTo("limit");
                assertThat(refused.json().get("detail").asString()).isEqualTo("limit must be from 1 to 500");
            }
            for (String cursor : List.of("nonsense", "MTIzNA", "%00", "")) {
                BoxClient.Response refused = staff.get(list + "after=" + cursor);
                assertThat(refused.status()).as(list + " after " + cursor).isEqualTo(422);
                assertThat(refused.json().get("field").asString()).isEqualTo("after");
            }
        }
    }
}
