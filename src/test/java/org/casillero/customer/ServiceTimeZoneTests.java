package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/** "Today" is the service's, in its configured time zone, whatever the JVM's zone. */
@Import(MutableClock.class)
@TestPropertySource(properties = "casillero.time-zone=Pacific/Kiritimati")
class ServiceTimeZoneTests extends BoxApiTest {
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @Autowired
    MutableClock clock;

    @Test
    void judgesABirthDateAgainstTodayInTheServiceTimeZone() {
        // Move to a moment when Kiritimati (UTC+14) is already a day ahead of UTC.
        ZonedDateTime utc = clock.instant().atZone(ZoneOffset.UTC);
        if (utc.getHour() < 11) {
            clock.advance(Duration.ofHours(11 - utc.getHour()));
        }
        LocalDate todayInUtc = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate todayThere = LocalDate.ofInstant(clock.instant(), KIRITIMATI);
        assertThat(todayThere).isEqualTo(todayInUtc.plusDays(1));

        ObjectNode yesterdayThere = registration(uniqueEmail());
        yesterdayThere.put("customer_birth_date", todayInUtc.toString());
        ObjectNode todayThereBody = registration(uniqueEmail());
        todayThereBody.put("customer_birth_date", todayThere.toString());

        BoxClient.Response accepted = box.post(BoxClient.CUSTOMER + "customer-registration", yesterdayThere);
        BoxClient.Response refused = box.post(BoxClient.CUSTOMER + "customer-registration", todayThereBody);

        assertThat(accepted.verified()).as(accepted.text()).isTrue();
        assertThat(refused.errorLocation()).isEqualTo("customer_birth_date");
    }
}
