package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scalars are read as real clients send them: numbers and booleans as JSON strings too, text as a
 * JSON number too, {@code ""} as not sent; anything else is a business error naming the field.
 */
class LenientScalarTests extends BoxApiTest {
    private static final String REGISTRATION = BoxClient.CUSTOMER + "customer-registration";
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";
    private static final String TYPE = BoxClient.CUSTOMER + "customer-update-type";
    private static final String PERSONAL_INFO = BoxClient.CUSTOMER + "customer-update-personal-info";

    @Test
    void registersWithEveryNumberSentAsAString() {
        String email = uniqueEmail();
        ObjectNode body = registration(email);
        body.remove(List.of("user_code", "app_key"));
        body.putObject("user_info").put("user_code", "396").put("app_key", Seeds.APP_KEY);
        body.put("copa_id", "616");
        body.put("customer_tax_number", "11111");
        address(body).put("city_code", "95411");
        phone(body, 0).put("phone_type", "1");
        phone(body, 1).put("phone_type", "2");

        Customer customer = register(body);

        JsonNode info = box.post(GET_INFO, customer.credentials()).first();
        assertThat(info.get("customer_tax_number").asLong()).isEqualTo(11111);
        assertThat(info.get("customer_address").get(0).get("city_code").asInt()).isEqualTo(95411);
        assertThat(info.get("customer_phone").get(1).get("phone_type").asInt()).isEqualTo(2);
    }

    @Test
    void acceptsCustomerCredentialsSentAsStrings() {
        Customer customer = register();
        ObjectNode body = customer.credentials();
        body.put("customer_box_id", String.valueOf(customer.boxId()));
        body.put("user_code", "396");

        BoxClient.Response response = box.post(GET_INFO, body);

        assertThat(response.verified()).as(response.text()).isTrue();
        assertThat(response.first().get("customer_email").asString()).isEqualToIgnoringCase(customer.email());
    }

    @Test
    void takesTextSentAsANumberAsWritten() {
        ObjectNode body = registration(uniqueEmail());
        address(body).put("zip_code", 20800);
        body.put("customer_identity_number", 11111111);

        Customer customer = register(body);

        JsonNode info = box.post(GET_INFO, customer.credentials()).first();
        assertThat(info.get("customer_address").get(0).get("zip_code").asString())
                .isEqualTo("20800");
        assertThat(info.get("customer_identity_number").asString()).isEqualTo("11111111");
    }

    @Test
    void acceptsFlagsSentAsTheStringsTrueAndFalse() {
        Customer customer = register();
        ObjectNode body = customer.credentials();
        body.put("customer_is_vip", "true");
        body.put("customer_is_business", "false");

        BoxClient.Response response = box.post(TYPE, body);

        assertThat(response.verified()).as(response.text()).isTrue();
        assertThat(response.first().get("is_vip").asBoolean()).isTrue();
        assertThat(response.first().get("is_business").asBoolean()).isFalse();
    }

    @Test
    void readsABlankOptionalFieldAsNotSent() {
        Customer customer = register();
        ObjectNode body = customer.credentials();
        body.put("customer_is_vip", "");
        body.put("customer_tax_number", "");
        body.put("customer_identity_number", "");
        body.put("customer_gender", "");

        assertThat(box.post(TYPE, body).verified()).isTrue();
        BoxClient.Response personal = box.post(PERSONAL_INFO, body);

        assertThat(personal.verified()).as(personal.text()).isTrue();
        assertThat(personal.first().get("customer_tax_number").asLong()).isEqualTo(11111);
        assertThat(personal.first().get("customer_identity_number").asString()).isEqualTo("11111111");
        assertThat(personal.first().get("customer_gender").asString()).isEqualTo("M");
        assertThat(box.post(GET_INFO, customer.credentials())
                        .first()
                        .get("is_vip")
                        .asBoolean())
                .isFalse();
    }

    static Stream<Arguments> wrongScalars() {
        return Stream.of(
                wrong("copa_id", "must be a whole number", b -> b.put("copa_id", " 616 ")),
                wrong("copa_id", "must be a whole number", b -> b.put("copa_id", "+616")),
                wrong("copa_id", "must be a whole number", b -> b.put("copa_id", "616a")),
                wrong("copa_id", "must be a whole number", b -> b.put("copa_id", 616.5)),
                wrong("copa_id", "must be a whole number", b -> b.put("copa_id", "616.0")),
                wrong("copa_id", "must be a whole number", b -> b.put("copa_id", true)),
                wrong("copa_id", "is out of range", b -> b.put("copa_id", "99999999999")),
                wrong(
                        "customer_tax_number",
                        "is out of range",
                        b -> b.put("customer_tax_number", "1" + "0".repeat(19))),
                wrong(
                        "customer_phone[1].phone_type",
                        "must be a whole number",
                        b -> phone(b, 1).put("phone_type", "two")),
                wrong(
                        "customer_address[0].city_code",
                        "must be a whole number",
                        b -> address(b).put("city_code", "95411.5")),
                wrong(
                        "customer_email_agreement",
                        "must be true or false",
                        b -> b.put("customer_email_agreement", "yes")),
                wrong("customer_email_agreement", "must be true or false", b -> b.put("customer_email_agreement", 1)),
                wrong("customer_first_name", "must be text", b -> b.put("customer_first_name", true)),
                wrong("customer_first_name", "must be text", b -> b.putObject("customer_first_name")),
                wrong("customer_address", "must be a list", b -> b.put("customer_address", "Calle 1")),
                wrong(
                        "customer_phone[0]",
                        "must be an object",
                        b -> ((ArrayNode) b.get("customer_phone"))
                                .set(0, BoxClient.JSON.getNodeFactory().stringNode("555"))),
                wrong("user_info.user_code", "must be a whole number", b -> {
                    b.remove("user_code");
                    b.putObject("user_info").put("user_code", "3 96").put("app_key", "k");
                }));
    }

    @ParameterizedTest(name = "{0}: {1} ({index})")
    @MethodSource("wrongScalars")
    void refusesAValueThatIsNotOfTheFieldsKindAsABusinessError(
            String location, String problem, Consumer<ObjectNode> change) {
        String email = uniqueEmail();
        ObjectNode body = registration(email);
        change.accept(body);

        BoxClient.Response response = box.post(REGISTRATION, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo(location);
        assertThat(response.errorDescription()).isEqualTo(location + " " + problem);
        assertThat(box.post(BoxClient.PARTNER_LOOKUP, lookup(email)).verified()).isFalse();
    }

    @Test
    void keepsHttp400ForBodiesThatAreNotAJsonObject() {
        assertThat(box.post(REGISTRATION, "\"user_code\"").status()).isEqualTo(400);
        assertThat(box.post(REGISTRATION, "user_code=396").status()).isEqualTo(400);
    }

    private static Arguments wrong(String location, String problem, Consumer<ObjectNode> change) {
        return Arguments.of(location, problem, change);
    }

    private static ObjectNode lookup(String email) {
        ObjectNode body = appCredentials();
        body.put("customer_email", email);
        return body;
    }

    private static ObjectNode address(ObjectNode body) {
        return (ObjectNode) body.get("customer_address").get(0);
    }

    private static ObjectNode phone(ObjectNode body, int index) {
        return (ObjectNode) body.get("customer_phone").get(index);
    }
}
