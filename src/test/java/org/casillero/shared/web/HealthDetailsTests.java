package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;
import org.casillero.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the server is made of (its database, its disk) is the operator's to see: health details
 * answer only on a management port that the operator opens for them, never on the public one.
 */
class HealthDetailsTests {
    @Test
    void showsHealthDetailsOnlyOnTheOperatorsManagementPort() throws IOException {
        int management = freePort();
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("server.port", "0");
        properties.put("management.server.port", String.valueOf(management));
        properties.put("management.server.address", "127.0.0.1");
        properties.put("management.endpoint.health.show-components", "always");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasilleroApplication.class)
                .run(properties.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new))) {
            BoxClient publicPort = new BoxClient(
                    ((WebServerApplicationContext) app).getWebServer().getPort());
            BoxClient managementPort = new BoxClient(management);

            BoxClient.Response outside = publicPort.send(get(publicPort, "/actuator/health"));
            BoxClient.Response inside = managementPort.send(get(managementPort, "/actuator/health"));

            assertThat(outside.status()).isEqualTo(404);
            assertThat(outside.text()).doesNotContain("components", "db");
            assertThat(inside.status()).isEqualTo(200);
            assertThat(inside.json().get("components").get("db").get("status").asString())
                    .isEqualTo("UP");
        }
    }

    private static HttpRequest.Builder get(BoxClient client, String path) {
        return HttpRequest.newBuilder(URI.create(client.base() + path)).GET();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
