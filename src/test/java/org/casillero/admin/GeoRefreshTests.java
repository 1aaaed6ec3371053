package org.casillero.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.casillero.CasilleroApplication;
import org.casillero.LeaveLoggingAlone;
import org.casillero.TestDatabase;
import org.casillero.geo.Geography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two servers on one database: an import through one reaches the other's in-memory copy on its next check. */
@ExtendWith(LeaveLoggingAlone.class)
class GeoRefreshTests {
    @Test
    void anotherServerServesTheImportedDataAfterItsNextCheck() throws IOException {
        Map<String, String> database = new HashMap<>(TestDatabase.freshProperties());
        database.put("casillero.geo-refresh", "200ms");
        Path files = TestDatabase.temporaryFolder("casillero-geo-refresh-");
        Path countries = Files.writeString(
                files.resolve("countries.csv"),
                "country_code,country_iso_code,country_name,ctry_code_phone\n155,MX,Mexico,52\n",
                StandardCharsets.UTF_8);
        Path states = Files.writeString(
                files.resolve("states.csv"), "state_code,country_code,state_name\n2761,155,Aguascalientes\n");
        Path cities =
                Files.writeString(files.resolve("cities.csv"), "city_code,state_code,city_name\n95411,2761,Calvillo\n");

        try (ConfigurableApplicationContext first = start(database);
                ConfigurableApplicationContext second = start(database)) {
            Geography other = second.getBean(Geography.class);
            long before = other.version();
            assertThat(other.countries().size()).isGreaterThan(200);

            int status = first.getBean(AdminCli.class)
                    .execute(
                            new PrintWriter(new StringWriter()),
                            new PrintWriter(new StringWriter()),
                            "geo",
                            "import",
                            "--countries",
                            countries.toString(),
                            "--states",
                            states.toString(),
                            "--cities",
                            cities.toString());

            assertThat(status).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> other.version() > before);
            assertThat(other.countries()).extracting(c -> c.name()).containsExactly("Mexico");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        return new SpringApplicationBuilder(CasilleroApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.copyOf(properties))
                .run();
    }
}
