package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Protocol failures answer their real HTTP status, always in the Box envelope, never as HTML. */
class ProtocolTests extends BoxApiTest {
    private static final String REGISTRATION = BoxClient.CUSTOMER + "customer-registration";

    @Test
    void answers400WhenTheBodyIsNotJson() {
        assertEnvelope(box.post(REGISTRATION, "{\"user_code\": 396,"), 400, "");
        assertEnvelope(box.post(REGISTRATION, ""), 400, "");
    }

    @Test
    void answers400WhenTheBodyIsNotAnObject() {
        assertEnvelope(box.post(REGISTRATION, "[{\"user_code\": 396}]"), 400, "");
    }

    @Test
    void answers413WhenTheBodyIsOver64KiB() {
        ObjectNode body = registration(uniqueEmail());
        body.put("padding", "x".repeat(64 * 1024));

        assertEnvelope(box.post(REGISTRATION, body), 413, "");
    }

    @Test
    void answers404ForAnUnknownPath() {
        assertEnvelope(box.post("/wcf-services/service-customer.svc/customer/no-such-operation", "{}"), 404, "");
        assertEnvelope(box.send(request("/").GET().header("Accept", "text/html")), 404, "");
    }

    @Test
    void answers405ForAnotherMethod() {
        BoxClient.Response response = box.send(request(REGISTRATION).GET().header("Accept", "text/html"));

        assertEnvelope(response, 405, "");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void answers405WithAllowPostForOptions() {
        BoxClient.Response plain =
                box.send(request(REGISTRATION).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        BoxClient.Response preflight = box.send(request(REGISTRATION)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://shop.example.com")
                .header("Access-Control-Request-Method", "POST"));

        for (BoxClient.Response response : List.of(plain, preflight)) {
            assertEnvelope(response, 405, "");
            assertThat(response.headers().allValues("Allow")).containsExactly("POST");
            assertThat(response.headers().firstValue("Request-Id")).isPresent();
        }
    }

    @Test
    void answers404ForTheErrorPathAskedDirectly() {
        assertEnvelope(box.send(request("/error").GET()), 404, "");
        assertEnvelope(box.post("/error", "{}"), 404, "");
    }

    @Test
    void ignoresTheContentTypeOfAJsonBody() {
        Customer customer = register();

        BoxClient.Response response = box.send(request(BoxClient.CUSTOMER + "customer-get-info")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(customer.credentials().toString())));

        assertThat(response.verified()).isTrue();
    }

    @Test
    void givesEveryAnswerARequestId() {
        BoxClient.Response success = box.post(REGISTRATION, registration(uniqueEmail()));
        BoxClient.Response failure = box.post("/nowhere", "{}");

        assertThat(success.headers().firstValue("Request-Id")).get().asString().hasSizeGreaterThan(8);
        assertThat(failure.headers().firstValue("Request-Id")).get().asString().hasSizeGreaterThan(8);
        assertThat(success.headers().firstValue("Request-Id"))
                .isNotEqualTo(failure.headers().firstValue("Request-Id"));
    }

    @Test
    void keepsTheCallersRequestIdOnlyWhenItIsAUuid() {
        String uuid = "3f2a9c1e-7b4d-4e2f-9a6b-1c2d3e4f5a6b";
        BoxClient.Response kept =
                box.send(request("/nowhere").header("Request-Id", uuid).GET());
        BoxClient.Response keptUpperCase = box.send(
                request("/nowhere").header("X-Request-Id", uuid.toUpperCase()).GET());
        List<String> forged = List.of(
                "partner-42.a",
                "bad id <script>",
                "admin-login-succeeded",
                uuid + "-x",
                "00000000-0000-0000-0000-000000000000",
                "3f2a9c1e7b4d4e2f9a6b1c2d3e4f5a6b");

        assertThat(kept.headers().firstValue("Request-Id")).hasValue(uuid);
        assertThat(keptUpperCase.headers().firstValue("Request-Id")).hasValue(uuid);
        for (String id : forged) {
            String answered = box.send(
                            request("/nowhere").header("Request-Id", id).GET())
                    .headers()
                    .firstValue("Request-Id")
                    .orElseThrow();
            assertThat(answered)
                    .as(id)
                    .isNotEqualTo(id)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }

    @Test
    void forbidsAnyCacheToKeepAnAnswerThatMayHoldCredentials() {
        Customer customer = register();
        List<BoxClient.Response> answers = List.of(
                box.post(BoxClient.PARTNER_LOOKUP, appCredentials().put("customer_email", customer.email())),
                box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials()),
                box.post(BoxClient.CUSTOMER + "customer-get-info", appCredentials()),
                box.post(REGISTRATION, "{"),
                box.send(request("/warehouse/v1/statuses").GET()),
                box.send(request("/nowhere").GET()));

        for (BoxClient.Response answer : answers) {
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .as(answer.text())
                    .hasValue("no-store");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(answers.getFirst().text()).contains(customer.key());
    }

    @Test
    void tellsAnyoneOnlyWhetherTheServerIsUp() {
        BoxClient.Response health = box.send(request("/actuator/health").GET());

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.text()).doesNotContain("components", "details", "db", "diskSpace");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(box.base() + path));
    }

    static void assertEnvelope(BoxClient.Response response, int status, String location) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().size()).isEqualTo(1);
        assertThat(response.verified()).isFalse();
        assertThat(response.errorDescription()).isNotBlank().doesNotContain("Exception", "at org.");
        assertThat(response.errorLocation()).isEqualTo(location);
        assertThat(response.first().get("error").get("system_error").asBoolean())
                .isFalse();
    }
}
