package org.casillero.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The server publishes an OpenAPI 3 document of the warehouse API that lists exactly the operations it
 * serves, the paged lists with their page parameters and next-page link.
 */
class WarehouseApiDocumentTests extends BoxApiTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryWarehouseOperationAndNothingElse() {
        BoxClient.Response response =
                box.send(HttpRequest.newBuilder(URI.create(box.base() + "/warehouse/v1/openapi.json"))
                        .GET());

        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).isEqualTo("Casillero warehouse API");
        assertThat(document.get("components")
                        .get("securitySchemes")
                        .get("staff-token")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        Set<String> documented = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods()
                .forEach((info, handler) -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/warehouse/v1/"))
                        .filter(pattern -> !pattern.contains("openapi.json"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> served.add(method.name() + " " + pattern))));

        assertThat(served)
                .contains(
                        "GET /warehouse/v1/consolidation-requests",
                        "GET /warehouse/v1/consolidation-requests/{requestId}",
                        "POST /warehouse/v1/consolidation-requests/{requestId}/consolidation",
                        "POST /warehouse/v1/consolidation-requests/{requestId}/refusal");
        assertThat(documented).isEqualTo(served);
        assertThat(response.text()).doesNotContain("StaffMember");
        for (String paged : new String[] {"/warehouse/v1/unidentified", "/warehouse/v1/consolidation-requests"}) {
            JsonNode list = document.get("paths").get(paged).get("get");
            Set<String> parameters = new TreeSet<>();
            list.get("parameters").forEach(parameter -> {
                assertThat(parameter.get("in").asString()).as(paged).isEqualTo("query");
                parameters.add(parameter.get("name").asString());
            });
            assertThat(parameters).as(paged).containsExactly("after", "limit");
            assertThat(list.get("responses").get("200").get("headers").has("Link"))
                    .as(paged)
                    .isTrue();
            assertThat(list.get("responses").has("422")).as(paged).isTrue();
        }
        JsonNode shipments =
                document.get("paths").get("/warehouse/v1/shipments").get("get");
        Set<String> lookups = new TreeSet<>();
        shipments
                .get("parameters")
                .forEach(parameter -> lookups.add(parameter.get("name").asString()));
        assertThat(lookups)
                .as("a box's shipments a page at a time")
                .containsExactly("after", "boxId", "courier", "inboundTracking", "limit");
        assertThat(shipments.get("responses").get("200").get("headers").has("Link"))
                .isTrue();
        assertThat(shipments.get("responses").has("422")).isTrue();
        assertThat(document.get("paths")
                        .get("/warehouse/v1/shipments/{trckNmrFol}/invoices/{invoiceId}")
                        .get("get")
                        .get("responses")
                        .has("503"))
                .isTrue();
    }
}
