package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** update-personal-info and update-type change what is sent and keep everything else. */
class UpdateTests extends BoxApiTest {
    private static final String PERSONAL_INFO = BoxClient.CUSTOMER + "customer-update-personal-info";
    private static final String TYPE = BoxClient.CUSTOMER + "customer-update-type";
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";

    /** Each personal field with a new value and how get-info shows it. */
    static Stream<Arguments> personalFields() {
        return Stream.of(
                Arguments.of("customer_first_name", "Juan", "\"Juan\""),
                Arguments.of("customer_last_name", "Pérez", "\"Pérez\""),
                Arguments.of("customer_identity_number", "X-42", "\"X-42\""),
                Arguments.of("customer_tax_number", 777L, "777"),
                Arguments.of("customer_birth_date", "1990-01-15", "\"/Date(632379600000-0500)/\""),
                Arguments.of("customer_gender", "F", "\"F\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalFields")
    void changesOnePersonalFieldAndKeepsTheOthers(String field, Object value, String shown) {
        Customer customer = register();
        Map<String, JsonNode> before = personalFieldsOf(info(customer));
        ObjectNode body = customer.credentials();
        body.set(field, BoxClient.JSON.valueToTree(value));

        BoxClient.Response response = box.post(PERSONAL_INFO, body);

        assertThat(response.verified()).as(response.text()).isTrue();
        assertThat(response.first().get(field).toString()).isEqualTo(shown);
        Map<String, JsonNode> expected = new LinkedHashMap<>(before);
        expected.put(field, BoxClient.JSON.readTree(shown));
        assertThat(personalFieldsOf(response.first())).isEqualTo(expected);
        assertThat(personalFieldsOf(info(customer))).isEqualTo(expected);
    }

    @Test
    void keepsEveryPersonalFieldSentAsNull() {
        Customer customer = register();
        JsonNode before = info(customer);
        ObjectNode body = customer.credentials();
        personalFieldsOf(before).keySet().forEach(body::putNull);

        BoxClient.Response response = box.post(PERSONAL_INFO, body);

        assertThat(response.verified()).isTrue();
        assertThat(personalFieldsOf(response.first())).isEqualTo(personalFieldsOf(before));
        assertThat(info(customer)).isEqualTo(before);
    }

    static Stream<Arguments> brokenPersonalFields() {
        return Stream.of(
                Arguments.of("customer_first_name", "  "),
                Arguments.of("customer_last_name", "x".repeat(101)),
                Arguments.of("customer_identity_number", "   "),
                Arguments.of("customer_tax_number", -3),
                Arguments.of("customer_birth_date", "2999-01-01"),
                Arguments.of("customer_birth_date", "1980/08/19"),
                Arguments.of("customer_gender", "male"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenPersonalFields")
    void rejectsABrokenPersonalFieldAndChangesNothing(String field, Object value) {
        Customer customer = register();
        JsonNode before = info(customer);
        ObjectNode body = customer.credentials();
        body.put("customer_first_name", "Changed");
        body.set(field, BoxClient.JSON.valueToTree(value));

        BoxClient.Response response = box.post(PERSONAL_INFO, body);

        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo(field);
        assertThat(info(customer)).isEqualTo(before);
    }

    @Test
    void changesVipAndKeepsBusiness() {
        Customer customer = register();
        ObjectNode business = customer.credentials();
        business.put("customer_is_business", true);
        box.post(TYPE, business);
        ObjectNode vip = customer.credentials();
        vip.put("customer_is_vip", true);

        BoxClient.Response response = box.post(TYPE, vip);

        assertThat(response.first().get("is_vip").asBoolean()).isTrue();
        assertThat(response.first().get("is_business").asBoolean()).isTrue();
        assertThat(info(customer).get("is_vip").asBoolean()).isTrue();
        assertThat(info(customer).get("is_business").asBoolean()).isTrue();
    }

    @Test
    void keepsBothFlagsWhenNoneIsSent() {
        Customer customer = register();
        ObjectNode nulls = customer.credentials();
        nulls.putNull("customer_is_vip");

        BoxClient.Response response = box.post(TYPE, nulls);

        assertThat(response.first().get("is_vip").asBoolean()).isFalse();
        assertThat(response.first().get("is_business").asBoolean()).isFalse();
        assertThat(response.first().get("customer_box_id").asLong()).isEqualTo(customer.boxId());
    }

    @Test
    void refusesAFlagThatIsNeitherTrueNorFalse() {
        Customer customer = register();
        ObjectNode body = customer.credentials();
        body.put("customer_is_vip", "yes");

        BoxClient.Response response = box.post(TYPE, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo("customer_is_vip");
        assertThat(info(customer).get("is_vip").asBoolean()).isFalse();
    }

    private JsonNode info(Customer customer) {
        BoxClient.Response response = box.post(GET_INFO, customer.credentials());
        assertThat(response.verified()).as(response.text()).isTrue();
        return response.first();
    }

    private static Map<String, JsonNode> personalFieldsOf(JsonNode customer) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (String name : new String[] {
            "customer_first_name",
            "customer_last_name",
            "customer_identity_number",
            "customer_tax_number",
            "customer_birth_date",
            "customer_gender"
        }) {
            fields.put(name, customer.get(name));
        }
        return fields;
    }
}
