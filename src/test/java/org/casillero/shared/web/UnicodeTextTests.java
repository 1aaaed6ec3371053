package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Function;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON can carry half of a UTF-16 surrogate pair ({@code "\udfff"}), which is no Unicode text: no
 * password, name or address may hold one. Wherever it stands, it answers a field error naming the
 * field, as any other broken rule does.
 */
class UnicodeTextTests extends BoxApiTest {
    /** Stands in the body for the escape that no JSON writer produces by itself. */
    private static final String MARK = "\u2603MARK\u2603";

    static Stream<Arguments> textFields() {
        return Stream.of(
                        field("customer-login", "customer_password", c -> login(c.email())),
                        field("customer-login", "customer_email", c -> login(c.email())),
                        field("customer-registration", "customer_password", c -> registration(uniqueEmail())),
                        field("customer-registration", "customer_first_name", c -> registration(uniqueEmail())),
                        field(
                                "customer-registration",
                                "customer_address[0].address_01",
                                c -> registration(uniqueEmail())),
                        field(
                                "customer-registration",
                                "customer_phone[1].phone_number",
                                c -> registration(uniqueEmail())),
                        field("customer-update-password", "customer_new_password", c -> passwordChange(c)),
                        field("customer-get-info", "customer_key", Customer::credentials),
                        field("customer-get-info", "user_info.app_key", c -> nestedCredentials(c)))
                .flatMap(cases -> cases);
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("textFields")
    void refusesAnUnpairedSurrogateAsAFieldError(
            String operation, String field, Function<Customer, ObjectNode> body, String surrogate) {
        Customer customer = register();
        ObjectNode request = body.apply(customer);
        put(request, field, MARK);

        BoxClient.Response response = box.post(BoxClient.CUSTOMER + operation, withEscape(request, surrogate));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo(field);
        assertThat(response.errorDescription()).isEqualTo(field + " must be valid Unicode text");
        assertThat(response.first().get("error").get("system_error").asBoolean())
                .isFalse();
    }

    @Test
    void acceptsSurrogatePairsAsText() {
        ObjectNode body = registration(uniqueEmail());
        body.put("customer_first_name", MARK);

        BoxClient.Response registered =
                box.post(BoxClient.CUSTOMER + "customer-registration", withEscape(body, "Zo\\u00eb \\ud83d\\ude00"));
        ObjectNode credentials = appCredentials();
        credentials.put(
                "customer_box_id", registered.first().get("customer_box_id").asLong());
        credentials.put("customer_key", registered.first().get("customer_key").asString());

        assertThat(registered.verified()).as(registered.text()).isTrue();
        assertThat(box.post(BoxClient.CUSTOMER + "customer-get-info", credentials)
                        .first()
                        .get("customer_first_name")
                        .asString())
                .isEqualTo("Zoë \uD83D\uDE00");
    }

    private static Stream<Arguments> field(String operation, String field, Function<Customer, ObjectNode> body) {
        return Stream.of(
                arguments(operation, field, body, "\\udfff"),
                arguments(operation, field, body, "x\\ud800"),
                arguments(operation, field, body, "\\ud800\\ud800\\udc00"));
    }

    private static ObjectNode login(String email) {
        ObjectNode body = appCredentials();
        body.put("customer_email", email);
        body.put("customer_password", "pass123");
        return body;
    }

    private static ObjectNode passwordChange(Customer customer) {
        ObjectNode body = customer.credentials();
        body.put("customer_email", customer.email());
        body.put("customer_new_password", "n3w-pass");
        return body;
    }

    private static ObjectNode nestedCredentials(Customer customer) {
        ObjectNode body = customer.credentials();
        ObjectNode userInfo = body.putObject("user_info");
        userInfo.set("user_code", body.remove("user_code"));
        userInfo.set("app_key", body.remove("app_key"));
        return body;
    }

    /** Sets the field at a wire path such as {@code customer_phone[1].phone_number}. */
    private static void put(ObjectNode body, String path, String value) {
        ObjectNode parent = body;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            parent = bracket < 0
                    ? (ObjectNode) parent.get(step)
                    : (ObjectNode) parent.get(step.substring(0, bracket))
                            .get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
        }
        parent.put(steps[steps.length - 1], value);
    }

    /** The body as JSON text, with the mark replaced by the escapes given. */
    private static String withEscape(ObjectNode body, String escapes) {
        return BoxClient.JSON.writeValueAsString(body).replace(MARK, escapes);
    }
}
