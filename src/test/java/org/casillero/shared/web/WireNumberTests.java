package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.TestCards;
import org.casillero.WireNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every number the wire reads, whatever its size or exponent, answers as a business error naming its
 * field (HTTP 200, {@code _verify: false}), before or after the credentials are checked, and never as
 * a 500 or an ERROR line: as a JSON number in every kind of field (text, whole number, amount, flag,
 * card number; at the top level, in {@code user_info}, in a list) and as a string in the numeric ones.
 */
@ExtendWith(OutputCaptureExtension.class)
class WireNumberTests extends BoxApiTest {
    private static final String NUMBER = "@@NUMBER@@";
    private static final String GEOGRAPHIC = "/wcf-services/service-geographic.svc/geographic/";
    private static final String SHIPMENT = "/wcf-services/service-shipment.svc/shipment/";

    private static final List<String> OUT_OF_RANGE = WireNumbers.NO_FIELD_TAKES;
    private static final List<String> EDGES = WireNumbers.ZEROS;

    private Customer customer;

    /** A field of an operation: its wire path and a body with {@link #NUMBER} where its value goes. */
    record Place(String location, String path, boolean numeric, Function<Customer, String> body) {
        String with(Customer customer, String number) {
            return body.apply(customer).replace("\"" + NUMBER + "\"", number);
        }

        @Override
        public String toString() {
            return location + " of " + path;
        }
    }

    @BeforeEach
    void customer() {
        customer = register();
    }

    static Stream<Place> places() {
        return Stream.of(
                new Place(
                        "app_key",
                        GEOGRAPHIC + "geographic-get-countries",
                        false,
                        c -> BoxClient.JSON
                                .createObjectNode()
                                .put("user_code", 396)
                                .put("app_key", NUMBER)
                                .toString()),
                new Place("user_info.user_code", GEOGRAPHIC + "geographic-get-countries", true, c -> {
                    ObjectNode body = BoxClient.JSON.createObjectNode();
                    body.putObject("user_info").put("user_code", NUMBER).put("app_key", Seeds.APP_KEY);
                    return body.toString();
                }),
                new Place(
                        "country_code",
                        GEOGRAPHIC + "geographic-get-states",
                        true,
                        c -> appCredentials().put("country_code", NUMBER).toString()),
                new Place(
                        "customer_box_id",
                        BoxClient.CUSTOMER + "customer-get-info",
                        true,
                        c -> c.credentials().put("customer_box_id", NUMBER).toString()),
                new Place(
                        "trck_nmr_fol",
                        SHIPMENT + "get-shipment-info",
                        true,
                        c -> c.credentials().put("trck_nmr_fol", NUMBER).toString()),
                new Place(
                        "weight",
                        SHIPMENT + "get-shipment-rate",
                        true,
                        c -> appCredentials()
                                .put("weight", NUMBER)
                                .put("weight_type", "KG")
                                .put("merchandise_value", "300.5")
                                .put("copa_id", "616")
                                .put("country_code", "155")
                                .put("fmpr_cdg", "PAE")
                                .toString()),
                new Place(
                        "customer_is_vip",
                        BoxClient.CUSTOMER + "customer-update-type",
                        true,
                        c -> c.credentials().put("customer_is_vip", NUMBER).toString()),
                new Place("customer_address[0].zip_code", BoxClient.CUSTOMER + "customer-registration", false, c -> {
                    ObjectNode body = registration(uniqueEmail());
                    ((ObjectNode) body.get("customer_address").get(0)).put("zip_code", NUMBER);
                    return body.toString();
                }),
                new Place(
                        "customer_credit_card[0].cc_number", BoxClient.CUSTOMER + "customer-activate-box", false, c -> {
                            ObjectNode body = c.credentials().put("copa_id", Seeds.COPA_ID);
                            body.putArray("customer_credit_card")
                                    .add(TestCards.card("MASTER", NUMBER, TestCards.expiry(12), "123"));
                            return body.toString();
                        }),
                new Place("detail[0].price_value", BoxClient.CUSTOMER + "customer-upload-invoice-custom", true, c -> {
                    ObjectNode body = c.credentials().put("trck_nmr_fol", "1");
                    body.putArray("detail")
                            .addObject()
                            .put("quantity", "2")
                            .put("description", "T-Shirt")
                            .put("price_value", NUMBER)
                            .put("reference_code", "");
                    return body.toString();
                }));
    }

    @Test
    void answersTheFuzzersFortyNineByteBodyAsABusinessErrorNamingTheField(CapturedOutput output) {
        String body = "{\"user_code\": 0, \"app_key\": -922337e036854775808}";
        assertThat(body).hasSize(49);

        BoxClient.Response response = box.post(GEOGRAPHIC + "geographic-get-countries", body);

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.verified()).isFalse();
        assertThat(response.errorLocation()).isEqualTo("app_key");
        assertThat(response.first().get("error").get("system_error").asBoolean())
                .isFalse();
        assertThat(output.getAll()).doesNotContain(" ERROR ", "NumberFormatException");
    }

    @Test
    void answersEveryNumberNoFieldTakesAsABusinessErrorNamingTheFieldWhereverItIs(CapturedOutput output) {
        List<String> wrong = new ArrayList<>();
        places().forEach(place -> {
            List<String> attacks = new ArrayList<>(OUT_OF_RANGE);
            if (place.numeric()) {
                OUT_OF_RANGE.forEach(number -> attacks.add("\"" + number + "\""));
            }
            for (String number : attacks) {
                BoxClient.Response response = box.post(place.path(), place.with(customer, number));
                String seen = response.status() + " " + abbreviated(response.text());
                if (response.status() != 200
                        || !response.text().startsWith("[{")
                        || response.verified()
                        || !response.errorLocation().equals(place.location())
                        || response.first().get("error").get("system_error").asBoolean()) {
                    wrong.add(place + " = " + abbreviated(number) + ": " + seen);
                }
            }
        });

        assertThat(wrong).isEmpty();
        assertThat(output.getAll()).doesNotContain(" ERROR ", "NumberFormatException", "\tat ");
    }

    @Test
    void answersNegativeZerosInTheEnvelopeWhateverTheFieldMakesOfThem(CapturedOutput output) {
        List<String> wrong = new ArrayList<>();
        places().forEach(place -> {
            for (String number : EDGES) {
                BoxClient.Response response = box.post(place.path(), place.with(customer, number));
                if (response.status() != 200
                        || !response.text().startsWith("[{")
                        || response.first().get("error").get("system_error").asBoolean()) {
                    wrong.add(place + " = " + number + ": " + response.status() + " " + abbreviated(response.text()));
                }
            }
        });

        assertThat(wrong).isEmpty();
        assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat ");
    }

    @Test
    void ignoresAnUnknownMemberHoldingANumberEveryFieldRefusesOrNamesIt(CapturedOutput output) {
        for (String number : OUT_OF_RANGE) {
            String body = customer.credentials().put("unknown_member", NUMBER).toString();

            BoxClient.Response response =
                    box.post(BoxClient.CUSTOMER + "customer-get-info", body.replace("\"" + NUMBER + "\"", number));

            assertThat(response.status()).as(number).isEqualTo(200);
            if (!response.verified()) {
                assertThat(response.errorLocation()).as(number).isEqualTo("unknown_member");
            }
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat ");
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
