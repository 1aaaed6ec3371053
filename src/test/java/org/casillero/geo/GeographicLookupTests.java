package org.casillero.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casillero.JsonShape.fieldNames;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bundled world data, loaded on first start, and the three lookups that serve it. */
class GeographicLookupTests extends BoxApiTest {
    static final String GEO = "/wcf-services/service-geographic.svc/geographic/";

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsEveryBundledCountryStateAndCityIntoTheDatabase() {
        assertThat(count("country")).isEqualTo(BundledRows.count("countries")).isGreaterThanOrEqualTo(249);
        assertThat(count("state")).isEqualTo(BundledRows.count("states")).isGreaterThan(3_000);
        assertThat(count("city")).isEqualTo(BundledRows.count("cities")).isGreaterThan(140_000);
        assertThat(jdbc.sql("select source from geo_dataset")
                        .query(String.class)
                        .single())
                .isEqualTo("bundled");
    }

    @Test
    void answersEveryCountryWithItsCallingCodeSortedByName() {
        BoxClient.Response response = box.post(GEO + "geographic-get-countries", appCredentials());

        JsonNode countries = response.json();
        assertThat(countries.size()).isEqualTo(BundledRows.count("countries"));
        assertThat(fieldNames(countries.get(0)))
                .containsExactly(
                        "_verify", "country_code", "country_iso_code", "country_name", "ctry_code_phone", "error");
        Set<String> isoCodes = new HashSet<>();
        for (JsonNode country : countries) {
            assertThat(country.get("_verify").asBoolean()).isTrue();
            assertThat(country.get("ctry_code_phone").asString())
                    .as(country.toString())
                    .matches("[0-9]{1,4}");
            assertThat(isoCodes.add(country.get("country_iso_code").asString())).isTrue();
        }
        assertThat(isoCodes).contains("AR", "BR", "CL", "CN", "DE", "MX", "US", "UY", "ZW", "AQ", "VA");
        assertThat(names(countries, "country_name")).isSortedAccordingTo(byName());
        assertThat(country(countries, "MX")).isEqualTo(List.of("155", "Mexico", "52"));
        assertThat(country(countries, "AR")).isEqualTo(List.of("11", "Argentina", "54"));
        assertThat(country(countries, "CL")).isEqualTo(List.of("45", "Chile", "56"));
        assertThat(country(countries, "UY")).isEqualTo(List.of("230", "Uruguay", "598"));
        assertThat(country(countries, "US").get(2)).isEqualTo("1");
    }

    @Test
    void answersTheStatesOfACountry() {
        ObjectNode body = appCredentials();
        body.put("country_code", 155);

        JsonNode states = box.post(GEO + "geographic-get-states", body).json();

        assertThat(states.size()).isEqualTo(32);
        assertThat(fieldNames(states.get(0)))
                .containsExactly("_verify", "country_code", "country_iso_code", "error", "state_code", "state_name");
        assertThat(names(states, "state_name")).isSortedAccordingTo(byName()).contains("Aguascalientes", "Jalisco");
        JsonNode aguascalientes = find(states, "state_code", 2761);
        assertThat(aguascalientes.get("state_name").asString()).isEqualTo("Aguascalientes");
        assertThat(aguascalientes.get("country_code").asInt()).isEqualTo(155);
        assertThat(aguascalientes.get("country_iso_code").asString()).isEqualTo("MX");
        body.put("country_code", 45);
        assertThat(find(box.post(GEO + "geographic-get-states", body).json(), "state_code", 682)
                        .get("state_name")
                        .asString())
                .startsWith("Bio");
    }

    @Test
    void answersTheCitiesOfAState() {
        ObjectNode body = appCredentials();
        body.put("state_code", 2761);

        JsonNode cities = box.post(GEO + "geographic-get-cities", body).json();

        assertThat(fieldNames(cities.get(0)))
                .containsExactly(
                        "_verify", "city_code", "city_name", "country_code", "country_iso_code", "error", "state_code");
        assertThat(names(cities, "city_name")).isSortedAccordingTo(byName()).contains("Aguascalientes");
        JsonNode calvillo = find(cities, "city_code", 95411);
        assertThat(calvillo.get("city_name").asString()).isEqualTo("Calvillo");
        assertThat(calvillo.get("state_code").asInt()).isEqualTo(2761);
        assertThat(calvillo.get("country_code").asInt()).isEqualTo(155);
        assertThat(calvillo.get("country_iso_code").asString()).isEqualTo("MX");
        body.put("state_code", 682);
        assertThat(find(box.post(GEO + "geographic-get-cities", body).json(), "city_code", 160762)
                        .get("city_name")
                        .asString())
                .isEqualTo("Santa Juana");
        assertThat(cityNamesOf("UY", "Montevideo Department")).contains("Montevideo");
        assertThat(cityNamesOf("AR", "Cordoba")).contains("Córdoba", "Villa Carlos Paz");
        assertThat(cityNamesOf("MX", "Jalisco")).contains("Guadalajara", "Zapopan");
    }

    @Test
    void answersTheSameBytesEveryTime() {
        ObjectNode body = appCredentials();
        body.put("state_code", 2761);

        String first = box.post(GEO + "geographic-get-cities", body).text();
        String second = box.post(GEO + "geographic-get-cities", body).text();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void answersAnUnknownOrMissingCodeWithOneFailedElement() {
        ObjectNode unknownCountry = appCredentials();
        unknownCountry.put("country_code", 999_999);
        ObjectNode unknownState = appCredentials();
        unknownState.put("state_code", -1);

        BoxClient.Response country = box.post(GEO + "geographic-get-states", unknownCountry);
        BoxClient.Response state = box.post(GEO + "geographic-get-cities", unknownState);
        BoxClient.Response missing = box.post(GEO + "geographic-get-states", appCredentials());

        assertThat(country.json().size()).isEqualTo(1);
        assertThat(country.verified()).isFalse();
        assertThat(country.errorDescription()).isEqualTo("No country has the country_code sent.");
        assertThat(country.errorLocation()).isEqualTo("country_code");
        assertThat(state.errorDescription()).isEqualTo("No state has the state_code sent.");
        assertThat(missing.errorDescription()).isEqualTo("country_code is required");
        assertThat(country.status()).isEqualTo(200);
    }

    @Test
    void answersACountryWithoutStatesWithOneFailedElement() {
        ObjectNode antarctica = appCredentials();
        antarctica.put("country_code", countryNode("AQ").get("country_code").asInt());

        BoxClient.Response states = box.post(GEO + "geographic-get-states", antarctica);

        assertThat(states.status()).isEqualTo(200);
        assertThat(states.json().size()).isEqualTo(1);
        assertThat(fieldNames(states.first())).containsExactly("_verify", "error");
        assertThat(states.verified()).isFalse();
        assertThat(states.errorDescription()).isEqualTo("No state is listed for the country_code sent.");
        assertThat(states.errorLocation()).isEqualTo("country_code");
        assertThat(states.first().get("error").get("system_error").asBoolean()).isFalse();
    }

    @Test
    void answersAStateWithoutCitiesWithOneFailedElement() {
        ObjectNode redonda = appCredentials();
        redonda.put(
                "state_code",
                stateNode(countryNode("AG").get("country_code").asInt(), "Redonda")
                        .get("state_code")
                        .asInt());

        BoxClient.Response cities = box.post(GEO + "geographic-get-cities", redonda);

        assertThat(cities.status()).isEqualTo(200);
        assertThat(cities.json().size()).isEqualTo(1);
        assertThat(fieldNames(cities.first())).containsExactly("_verify", "error");
        assertThat(cities.verified()).isFalse();
        assertThat(cities.errorDescription()).isEqualTo("No city is listed for the state_code sent.");
        assertThat(cities.errorLocation()).isEqualTo("state_code");
    }

    @Test
    void refusesTheLookupsWithoutValidCredentials() {
        ObjectNode body = appCredentials();
        body.put("app_key", "not-the-key");
        body.put("country_code", 155);

        for (String operation : List.of("geographic-get-countries", "geographic-get-states")) {
            assertThat(box.post(GEO + operation, body).errorDescription())
                    .as(operation)
                    .isEqualTo("The credentials sent are not valid.");
        }
    }

    @Test
    void registersCustomersInCitiesOfSeveralCountriesAndShowsTheirPlaces() {
        for (String[] place : List.of(
                new String[] {"MX", "Jalisco", "Guadalajara"},
                new String[] {"CL", "Biobio", "Santa Juana"},
                new String[] {"UY", "Montevideo Department", "Montevideo"},
                new String[] {"DE", "Bavaria", "Munich"},
                new String[] {"JP", "Tokyo", "Tokyo"})) {
            JsonNode country = countryNode(place[0]);
            JsonNode state = stateNode(country.get("country_code").asInt(), place[1]);
            JsonNode city = cityNode(state.get("state_code").asInt(), place[2]);
            ObjectNode registration = registration(uniqueEmail());
            ((ObjectNode) registration.get("customer_address").get(0))
                    .put("city_code", city.get("city_code").asInt());

            Customer customer = register(registration);
            JsonNode address = box.post(BoxClient.CUSTOMER + "customer-get-info", customer.credentials())
                    .first()
                    .get("customer_address")
                    .get(0);

            assertThat(address.get("city_code").asInt())
                    .isEqualTo(city.get("city_code").asInt());
            assertThat(address.get("city_name").asString()).isEqualTo(place[2]);
            assertThat(address.get("state_code").asInt())
                    .isEqualTo(state.get("state_code").asInt());
            assertThat(address.get("state_name").asString())
                    .isEqualTo(state.get("state_name").asString());
            assertThat(address.get("country_code").asInt())
                    .isEqualTo(country.get("country_code").asInt());
            assertThat(address.get("country_name").asString())
                    .isEqualTo(country.get("country_name").asString());
            assertThat(address.get("ctry_iso_code").asString()).isEqualTo(place[0]);
        }
        ObjectNode unknownCity = registration(uniqueEmail());
        ((ObjectNode) unknownCity.get("customer_address").get(0)).put("city_code", 999_999_999);
        assertThat(box.post(BoxClient.CUSTOMER + "customer-registration", unknownCity)
                        .errorLocation())
                .isEqualTo("customer_address[0].city_code");
    }

    private List<String> cityNamesOf(String iso, String stateName) {
        int stateCode = stateNode(countryNode(iso).get("country_code").asInt(), stateName)
                .get("state_code")
                .asInt();
        ObjectNode body = appCredentials();
        body.put("state_code", stateCode);
        return names(box.post(GEO + "geographic-get-cities", body).json(), "city_name");
    }

    private JsonNode countryNode(String iso) {
        return find(box.post(GEO + "geographic-get-countries", appCredentials()).json(), "country_iso_code", iso);
    }

    private JsonNode stateNode(int countryCode, String name) {
        ObjectNode body = appCredentials();
        body.put("country_code", countryCode);
        return find(box.post(GEO + "geographic-get-states", body).json(), "state_name", name);
    }

    private JsonNode cityNode(int stateCode, String name) {
        ObjectNode body = appCredentials();
        body.put("state_code", stateCode);
        return find(box.post(GEO + "geographic-get-cities", body).json(), "city_name", name);
    }

    private static JsonNode find(JsonNode items, String field, Object value) {
        for (JsonNode item : items) {
            if (item.get(field).asString().equals(String.valueOf(value))) {
                return item;
            }
        }
        throw new AssertionError("No item with " + field + " " + value + " in " + names(items, field));
    }

    private static List<String> country(JsonNode countries, String iso) {
        JsonNode c = find(countries, "country_iso_code", iso);
        return List.of(
                c.get("country_code").asString(),
                c.get("country_name").asString(),
                c.get("ctry_code_phone").asString());
    }

    private static List<String> names(JsonNode items, String field) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get(field).asString()));
        return names;
    }

    private static java.util.Comparator<String> byName() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator::compare;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
