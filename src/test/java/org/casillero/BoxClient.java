package org.casillero;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running server over real HTTP, as a partner's integration does. */
public final class BoxClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String CUSTOMER = "/wcf-services/service-customer.svc/customer/";
    public static final String PARTNER_LOOKUP = "/wcf-services/service-customer.svc/partner/customer-get-info";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public BoxClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, HttpHeaders headers, String text) {
        public JsonNode json() {
            return JSON.readTree(text);
        }

        /** The first (for single-entity calls, the only) element of the answer. */
        public JsonNode first() {
            return json().get(0);
        }

        public boolean verified() {
            return first().get("_verify").asBoolean();
        }

        public String errorDescription() {
            return first().get("error").get("error_description").asString();
        }

        public String errorLocation() {
            return first().get("error").get("error_location").asString();
        }
    }

    public Response post(String path, Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
