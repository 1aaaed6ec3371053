package org.casillero.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casillero.BoxApiTest.appCredentials;
import static org.casillero.BoxApiTest.registration;
import static org.casillero.BoxApiTest.uniqueEmail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casillero.BoxClient;
import org.casillero.TestDatabase;
import org.casillero.geo.BundledRows;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An operator replaces the bundled world with their own tables. On a database of its own: the other
 * tests rely on the bundled data. The tests run in order, each from the state the one before left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeoImportTests {
    private static final String GEO = "/wcf-services/service-geographic.svc/geographic/";
    private static final Path FILES = TestDatabase.temporaryFolder("casillero-geo-import-");

    /**
     * The operator's tables: their own codes, Calvillo kept under its documented code; 95412 and
     * 9001 are other bundled cities' codes, which the operator gives to other places.
     */
    private static final String COUNTRIES = """
            country_code,country_iso_code,country_name,ctry_code_phone
            155,MX,México,52
            7001,UY,Uruguay,+598
            """;

    private static final String STATES = """
            state_code,country_code,state_name
            2761,155,Aguascalientes
            8001,7001,"Montevideo, Departamento"
            """;

    private static final String CITIES = """
            city_code,state_code,city_name
            95411,2761,Calvillo
            95412,2761,Aguascalientes
            9001,8001,Montevideo
            """;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.freshProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    AdminCli cli;

    @Autowired
    JdbcClient jdbc;

    record Run(int status, String out, String err) {}

    @Test
    @Order(1)
    void refusesFilesWithProblemsNamingFileAndLineAndChangesNothing() {
        long cities = count("city");
        Path countries = file("countries.csv", """
                country_code,country_iso_code,country_name,ctry_code_phone
                155,MX,Mexico,52
                155,UY,Uruguay,598
                abc,XX,,phone
                """);
        Path states = file("states.csv", """
                state_code,country_code,state_name
                2761,155,Aguascalientes
                8001,999,Nowhere
                """);
        Path badCities = file("cities.csv", CITIES + "9002,8999,Lost\n9001,2761,Twice\n9003,2761,\n");

        Run run = admin("geo", "import", "--countries", countries, "--states", states, "--cities", badCities);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().toList())
                .first()
                .isEqualTo("error: The import files have 8 problems; nothing was changed:");
        assertThat(run.err())
                .contains(
                        "  countries.csv:3: country_code 155 is also on line 2",
                        "  countries.csv:4: country_code must be a positive whole number, not \"abc\"",
                        "  countries.csv:4: country_name must have 1 to 100 printable characters",
                        "  countries.csv:4: ctry_code_phone must be 1 to 6 digits",
                        "  states.csv:3: country_code 999 is not in countries.csv",
                        "  cities.csv:5: state_code 8999 is not in states.csv",
                        "  cities.csv:6: city_code 9001 is also on line 4",
                        "  cities.csv:7: city_name must have 1 to 200 printable characters");
        assertThat(count("city")).isEqualTo(cities);
        assertThat(source()).isEqualTo("bundled");
    }

    @Test
    @Order(2)
    void refusesFilesWithoutTheirHeaderLine() {
        Path headless = file("cities.csv", "95411,2761,Calvillo\n");

        Run run = admin(
                "geo",
                "import",
                "--countries",
                file("countries.csv", COUNTRIES),
                "--states",
                file("states.csv", STATES),
                "--cities",
                headless);

        assertThat(run.err())
                .contains("cities.csv: the header line must name the columns city_code,state_code,city_name"
                        + " (missing: city_code,state_code,city_name)");
        assertThat(source()).isEqualTo("bundled");
    }

    @Test
    @Order(3)
    void refusesToRemoveACityThatACustomersAddressUses() {
        ObjectNode registration = registration(uniqueEmail());
        ((ObjectNode) registration.get("customer_address").get(0)).put("city_code", 95410);
        register(registration);
        register(registration(uniqueEmail()));
        long cities = count("city");

        Run run = importTheOperatorsTables();

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("error: The import would remove 1 city that 1 customer address uses; nothing was"
                        + " changed. Keep it in the cities file: city_code 95410 (1 address).\n");
        assertThat(count("city")).isEqualTo(cities);
        assertThat(source()).isEqualTo("bundled");
    }

    @Test
    @Order(4)
    void replacesTheTablesInOneGoAndServesThemAtOnce() {
        jdbc.sql("update customer_address set city_code = 95411 where city_code = 95410")
                .update();

        Run run = importTheOperatorsTables();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "countries.csv: 2 lines read",
                        "cities.csv: 3 lines read",
                        "Imported:",
                        "  countries: 1 added, 1 changed, " + (BundledRows.count("countries") - 1) + " removed",
                        "  states: 1 added, 0 changed, " + (BundledRows.count("states") - 1) + " removed",
                        "  cities: 0 added, 2 changed, " + (BundledRows.count("cities") - 3) + " removed");
        assertThat(source()).isEqualTo("operator");
        JsonNode countries =
                post(GEO + "geographic-get-countries", appCredentials()).json();
        assertThat(countries.size()).isEqualTo(2);
        assertThat(countries.get(0).get("country_name").asString()).isEqualTo("México");
        assertThat(countries.get(1).get("country_code").asInt()).isEqualTo(7001);
        assertThat(countries.get(1).get("ctry_code_phone").asString()).isEqualTo("598");
        ObjectNode states = appCredentials();
        states.put("country_code", 7001);
        assertThat(post(GEO + "geographic-get-states", states)
                        .first()
                        .get("state_name")
                        .asString())
                .isEqualTo("Montevideo, Departamento");
        ObjectNode cities = appCredentials();
        cities.put("state_code", 2761);
        assertThat(post(GEO + "geographic-get-cities", cities).json())
                .extracting(city -> city.get("city_code").asInt())
                .containsExactly(95412, 95411);
    }

    @Test
    @Order(5)
    void registersCustomersInTheOperatorsCitiesOnly() {
        ObjectNode operatorsCity = registration(uniqueEmail());
        ((ObjectNode) operatorsCity.get("customer_address").get(0)).put("city_code", 9001);
        ObjectNode removedCity = registration(uniqueEmail());
        ((ObjectNode) removedCity.get("customer_address").get(0)).put("city_code", 160762);

        BoxClient.Response registered = post(BoxClient.CUSTOMER + "customer-registration", operatorsCity);
        ObjectNode credentials = appCredentials();
        credentials.set("customer_box_id", registered.first().get("customer_box_id"));
        credentials.set("customer_key", registered.first().get("customer_key"));
        JsonNode address = post(BoxClient.CUSTOMER + "customer-get-info", credentials)
                .first()
                .get("customer_address")
                .get(0);

        assertThat(List.of(
                        address.get("city_name").asString(),
                        address.get("state_name").asString(),
                        address.get("country_name").asString()))
                .containsExactly("Montevideo", "Montevideo, Departamento", "Uruguay");
        assertThat(post(BoxClient.CUSTOMER + "customer-registration", removedCity)
                        .errorLocation())
                .isEqualTo("customer_address[0].city_code");
    }

    @Test
    @Order(6)
    void changesNothingWhenTheSameFilesComeAgain() {
        long version = version();

        Run run = importTheOperatorsTables();

        assertThat(run.status()).isZero();
        assertThat(run.out()).endsWith("Nothing to change: the tables already hold these files.\n");
        assertThat(version()).isEqualTo(version);
    }

    private BoxClient.Response post(String path, ObjectNode body) {
        return new BoxClient(port).post(path, body);
    }

    private void register(ObjectNode registration) {
        BoxClient.Response response = post(BoxClient.CUSTOMER + "customer-registration", registration);
        assertThat(response.verified()).as(response.text()).isTrue();
    }

    @Test
    @Order(7)
    void exportsTheTablesAsFilesThatImportAsTheyAre() throws IOException {
        Path folder = TestDatabase.temporaryFolder("casillero-geo-export-").resolve("tables");

        Run exported = admin("geo", "export", "--dir", folder);
        Run again = admin("geo", "export", "--dir", folder);
        Run reimported = admin(
                "geo",
                "import",
                "--countries",
                folder.resolve("countries.csv"),
                "--states",
                folder.resolve("states.csv"),
                "--cities",
                folder.resolve("cities.csv"));

        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Wrote " + folder.resolve("cities.csv"));
        assertThat(Files.readString(folder.resolve("states.csv")))
                .isEqualTo("state_code,country_code,state_name\n2761,155,Aguascalientes\n"
                        + "8001,7001,\"Montevideo, Departamento\"\n");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("countries.csv already exists");
        assertThat(reimported.out()).endsWith("Nothing to change: the tables already hold these files.\n");
    }

    private Run importTheOperatorsTables() {
        return admin(
                "geo",
                "import",
                "--countries",
                file("countries.csv", COUNTRIES),
                "--states",
                file("states.csv", STATES),
                "--cities",
                file("cities.csv", CITIES));
    }

    private Run admin(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int status = cli.execute(new PrintWriter(out), new PrintWriter(err), strings);
        return new Run(status, out.toString(), err.toString());
    }

    private static Path file(String name, String text) {
        try {
            return Files.writeString(FILES.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String source() {
        return jdbc.sql("select source from geo_dataset").query(String.class).single();
    }

    private long version() {
        return jdbc.sql("select version from geo_dataset").query(Long.class).single();
    }
}
