package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The five documented examples, run against the server in the order a partner would: register the
 * example customer with the example request verbatim, look it up verbatim, then use the box id and
 * key that registration answered in the other three examples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedExamplesTests extends BoxApiTest {
    private long boxId;
    private String customerKey;

    @Test
    @Order(1)
    void registersTheDocumentedCustomerWithTheVerbatimRequest() {
        BoxClient.Response response =
                box.post(BoxClient.CUSTOMER + "customer-registration", Seeds.requestText(Seeds.REGISTRATION));

        assertThat(response.status()).isEqualTo(200);
        JsonShape.assertMatches(
                Seeds.response(Seeds.REGISTRATION), response.json(), Set.of("[0].customer_box_id", "[0].customer_key"));
        boxId = response.first().get("customer_box_id").asLong();
        customerKey = response.first().get("customer_key").asString();
        assertThat(customerKey).hasSize(44).matches("[A-Za-z0-9+/]{43}=");
    }

    @Test
    @Order(2)
    void answersThePartnerLookupWithTheVerbatimRequest() {
        for (String path :
                new String[] {BoxClient.PARTNER_LOOKUP, "/wcf-services/service-partner.svc/partner/customer-get-info"
                }) {
            BoxClient.Response response = box.post(path, Seeds.requestText(Seeds.PARTNER_LOOKUP));

            JsonShape.assertMatches(
                    Seeds.response(Seeds.PARTNER_LOOKUP),
                    response.json(),
                    Set.of("[0].customer_box_id", "[0].customer_key", "[0].activation_date", "[0].enrolment_date"),
                    Set.of("[0].ctry_iso_code", "[0].customer_address"));
            assertThat(response.first().get("ctry_iso_code").asString()).isEqualTo("MX");
            assertThat(response.first()
                            .get("customer_address")
                            .get(0)
                            .get("ctry_iso_code")
                            .asString())
                    .isEqualTo("MX");
            assertThat(response.first().get("customer_box_id").asLong()).isEqualTo(boxId);
            assertThat(response.first().get("customer_key").asString()).isEqualTo(customerKey);
        }
    }

    @Test
    @Order(3)
    void answersGetInfoAsDocumented() {
        BoxClient.Response response =
                box.post(BoxClient.CUSTOMER + "customer-get-info", withCredentials(Seeds.GET_INFO));

        JsonShape.assertMatches(
                Seeds.response(Seeds.GET_INFO),
                response.json(),
                Set.of(
                        "[0].cust_id",
                        "[0].customer_tax_number",
                        "[0].customer_address[0].address_id",
                        "[0].customer_address[0].cust_id",
                        "[0].customer_phone[0].cust_id",
                        "[0].customer_phone[0].phone_id",
                        "[0].customer_phone[1].cust_id",
                        "[0].customer_phone[1].phone_id"),
                Set.of("[0].box_status", "[0].last_payment_method"));
        JsonNode customer = response.first();
        // The example shows another customer's 0 (no tax number); the registration example sent 11111.
        assertThat(customer.get("customer_tax_number").asLong()).isEqualTo(11111);
        assertThat(customer.get("customer_phone").get(0).get("phone_id").asLong())
                .isLessThan(
                        customer.get("customer_phone").get(1).get("phone_id").asLong());
        assertThat(customer.get("customer_address").get(0).get("cust_id")).isEqualTo(customer.get("cust_id"));
        assertThat(customer.get("box_status").asInt()).isEqualTo(1);
        assertThat(customer.get("last_payment_method").asString()).isEmpty();
    }

    @Test
    @Order(4)
    void updatesPersonalInfoAsDocumented() {
        BoxClient.Response response =
                box.post(BoxClient.CUSTOMER + "customer-update-personal-info", withCredentials(Seeds.PERSONAL_INFO));

        // The example's identity number belongs to another customer: the request sends null, so ours keeps "11111111".
        JsonShape.assertMatches(
                Seeds.response(Seeds.PERSONAL_INFO),
                response.json(),
                Set.of("[0].cust_id", "[0].customer_identity_number", "[0].customer_tax_number"));
        assertThat(response.first().get("customer_identity_number").asString()).isEqualTo("11111111");
        assertThat(response.first().get("customer_tax_number").asLong()).isEqualTo(11111);
    }

    @Test
    @Order(5)
    void updatesTheAccountTypeAsDocumented() {
        BoxClient.Response response =
                box.post(BoxClient.CUSTOMER + "customer-update-type", withCredentials(Seeds.TYPE));

        JsonShape.assertMatches(Seeds.response(Seeds.TYPE), response.json(), Set.of("[0].customer_box_id"));
        assertThat(response.first().get("customer_box_id").asLong()).isEqualTo(boxId);
    }

    /** The example request with the box id and key of the customer registered above. */
    private ObjectNode withCredentials(String seed) {
        ObjectNode request = Seeds.request(seed);
        request.put("customer_box_id", boxId);
        request.put("customer_key", customerKey);
        return request;
    }
}
