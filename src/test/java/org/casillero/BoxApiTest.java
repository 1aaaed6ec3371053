package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/** A test against the whole server, listening on a real port, on this run's database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BoxApiTest {
    @LocalServerPort
    private int port;

    protected BoxClient box;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeEach
    void connect() {
        box = new BoxClient(port);
    }

    /** A registered customer's credentials. */
    public record Customer(long boxId, String key, String email) {
        /** A body with the demo application's and this customer's credentials. */
        public ObjectNode credentials() {
            ObjectNode body = appCredentials();
            body.put("customer_box_id", boxId);
            body.put("customer_key", key);
            return body;
        }
    }

    public static ObjectNode appCredentials() {
        ObjectNode body = BoxClient.JSON.createObjectNode();
        body.put("user_code", Seeds.USER_CODE);
        body.put("app_key", Seeds.APP_KEY);
        return body;
    }

    public static String uniqueEmail() {
        return "c-" + UUID.randomUUID() + "@example.com";
    }

    /** The documented registration example with another e-mail address. */
    public static ObjectNode registration(String email) {
        ObjectNode body = Seeds.request(Seeds.REGISTRATION);
        body.put("customer_email", email);
        return body;
    }

    protected Customer register(ObjectNode registration) {
        return register(box, registration);
    }

    /** Registers a customer on the server the client talks to (one in a JVM of its own, say). */
    public static Customer register(BoxClient box, ObjectNode registration) {
        BoxClient.Response response = box.post(BoxClient.CUSTOMER + "customer-registration", registration);
        assertThat(response.verified()).as(response.text()).isTrue();
        return new Customer(
                response.first().get("customer_box_id").asLong(),
                response.first().get("customer_key").asString(),
                registration.get("customer_email").asString());
    }

    protected Customer register() {
        return register(registration(uniqueEmail()));
    }
}
