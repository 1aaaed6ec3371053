package org.casillero.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.JsonShape;
import org.casillero.Seeds;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner site's calculator quotes from the same tariff that charges real shipments, with the
 * product family's surcharge and the destination's duties and taxes, in decimals.
 */
class RateTests extends BoxApiTest {
    private static final String RATE = "/wcf-services/service-shipment.svc/shipment/get-shipment-rate";
    private static final String FAMILIES = "/wcf-services/service-shipment.svc/shipment/search-family-products-copa";

    @Autowired
    RatingAdministration administration;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void tariffFamilyAndCustoms() {
        administration.setTariff(
                new Tariff(Seeds.COPA_ID, new BigDecimal("3.50"), new BigDecimal("6.50"), BigDecimal.ZERO, 166));
        administration.setFamily(new ProductFamily(
                Seeds.COPA_ID, "PAE", "ELECTRONIC PARTS", "PARTES ELECTRONICAS", new BigDecimal("10")));
        administration.setCustomsRule(
                new CustomsRule(155, new BigDecimal("50"), new BigDecimal("10"), new BigDecimal("16")));
    }

    /** The calculator's request as the WordPress plugin builds it: every value a string. */
    private static ObjectNode pluginQuote() {
        ObjectNode body = BoxClient.JSON.createObjectNode();
        body.put("weight", "2")
                .put("weight_type", "KG")
                .put("merchandise_value", "300.5")
                .put("copa_id", "616");
        body.put("country_code", "155").put("city_code", "95411").put("fmpr_cdg", "PAE");
        body.put("height_dim", "20")
                .put("length_dim", "15.5")
                .put("width_dim", "32")
                .put("dim_type", "CM");
        body.put("coupon_code", "").put("iata_code_origin", "").put("zip_code", "12345");
        body.putObject("user_info").put("user_code", "396").put("app_key", Seeds.APP_KEY);
        return body;
    }

    @Test
    void quotesShippingWithTheFamilySurchargeAndTheDestinationsCustoms() {
        BoxClient.Response quote = box.post(RATE, pluginQuote());

        assertThat(quote.verified()).as(quote.text()).isTrue();
        JsonNode q = quote.first();
        // 2 kg = 4.4092 lb beats 7.87 × 6.10 × 12.60 in / 166 = 3.6439 lb; 3.50 × 4.4092 = 15.4322, +10% = 16.98.
        assertThat(quote.text())
                .contains("\"rate_vlr_gatewaty\":16.98", "\"ship_total_rate\":16.98", "\"fuel_surcharge\":0,");
        // 300.5 is over the 50 de minimis: duty 30.05, tax 16% of 330.55 = 52.888: 82.94.
        assertThat(q.get("total_customs").decimalValue()).isEqualByComparingTo("82.94");
        assertThat(q.get("total_value").decimalValue()).isEqualByComparingTo("99.92");
        assertThat(JsonShape.fieldNames(q))
                .isSortedAccordingTo(String::compareTo)
                .contains("is_100pre_discount");
    }

    @Test
    void quotesWhatProcessingThenCharges() {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "R%d", "familyProduct": "PAE", "declaredValue": 300.5,
                 "measures": {"weight": 2, "weightUnit": "KG", "length": 15.5, "width": 32, "height": 20, "lengthUnit": "CM"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        long trck = received.json().get("trckNmrFol").asLong();
        staff.post("/shipments/" + trck + "/processing", """
                {"measures": {"weight": 2, "weightUnit": "KG", "length": 15.5, "width": 32, "height": 20, "lengthUnit": "CM"}}
                """);

        JsonNode listed = box.post(BoxClient.CUSTOMER + "customer-get-shipments", customer.credentials())
                .first();
        JsonNode quoted = box.post(RATE, pluginQuote()).first();

        assertThat(listed.get("shipping_charge_rate").decimalValue())
                .isEqualByComparingTo(quoted.get("rate_vlr_gatewaty").decimalValue());
        ObjectNode info = customer.credentials().put("trck_nmr_fol", trck);
        assertThat(box.post("/wcf-services/service-shipment.svc/shipment/get-shipment-info", info)
                        .first()
                        .get("shipment")
                        .get("family_product_name")
                        .asString())
                .isEqualTo("ELECTRONIC PARTS");
    }

    @Test
    void quotesTheRateAfterThePartnersDiscountAsTheClientShowsIt() {
        administration.setTariff(
                new Tariff(Seeds.COPA_ID, new BigDecimal("3.50"), new BigDecimal("6.50"), new BigDecimal("15"), 166));

        JsonNode q = box.post(RATE, pluginQuote()).first();

        // 16.98 less 15% (2.55): the plugin adds nothing for ship_discount, so the rate it shows is net.
        assertThat(q.get("rate_vlr_gatewaty").decimalValue()).isEqualByComparingTo("14.43");
        assertThat(q.get("ship_subtotal_rate").decimalValue()).isEqualByComparingTo("16.98");
        assertThat(q.get("ship_discount").decimalValue()).isEqualByComparingTo("2.55");
    }

    @Test
    void refusesAWeightWithAHugeExponentAsABusinessError() {
        String body = pluginQuote().toString().replace("\"weight\":\"2\"", "\"weight\":1e999999999");

        BoxClient.Response answer = box.post(RATE, body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorLocation()).isEqualTo("weight");
    }

    @Test
    void listsThePartnersProductFamiliesInTheLanguageAsked() {
        ObjectNode body = appCredentials().put("copa_id", "616").put("language_code", "ESP");

        BoxClient.Response families = box.post(FAMILIES, body);

        assertThat(families.verified()).isTrue();
        assertThat(JsonShape.fieldNames(families.first())).containsExactly("_family_products", "_verify", "error");
        assertThat(families.first()
                        .get("_family_products")
                        .valueStream()
                        .map(f -> f.get("fmpr_name").asString()))
                .contains("PARTES ELECTRONICAS");
    }

    @Test
    void refusesAnotherPartnersCalculatorAndAnUnknownFamily() {
        ObjectNode otherPartner = pluginQuote().put("copa_id", "999999");
        ObjectNode unknownFamily = pluginQuote().put("fmpr_cdg", "NOPE");
        ObjectNode badUnit = pluginQuote().put("weight_type", "stone");

        assertThat(box.post(RATE, otherPartner).errorLocation()).isEqualTo("copa_id");
        assertThat(box.post(RATE, unknownFamily).errorLocation()).isEqualTo("fmpr_cdg");
        assertThat(box.post(RATE, badUnit).errorLocation()).isEqualTo("weight_type");
    }
}
