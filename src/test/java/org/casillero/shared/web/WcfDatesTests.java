package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WcfDatesTests {
    private final WcfDates newYork = new WcfDates(ZoneId.of("America/New_York"));

    @Test
    void writesABirthDateAsLocalMidnightWithTheSummerOffset() {
        assertThat(newYork.format(LocalDate.of(1980, 8, 19))).isEqualTo("/Date(335505600000-0400)/");
    }

    @Test
    void writesAnInstantWithTheWinterOffset() {
        assertThat(newYork.format(Instant.ofEpochMilli(1550761008000L))).isEqualTo("/Date(1550761008000-0500)/");
    }

    @Test
    void writesPositiveAndHalfHourOffsets() {
        assertThat(new WcfDates(ZoneId.of("Asia/Kolkata")).format(Instant.ofEpochMilli(0)))
                .isEqualTo("/Date(0+0530)/");
        assertThat(new WcfDates(ZoneId.of("UTC")).format(Instant.ofEpochMilli(1000)))
                .isEqualTo("/Date(1000+0000)/");
    }

    @Test
    void writesDatesBeforeTheEpoch() {
        assertThat(newYork.format(LocalDate.of(1960, 1, 1))).isEqualTo("/Date(-315601200000-0500)/");
    }
}
