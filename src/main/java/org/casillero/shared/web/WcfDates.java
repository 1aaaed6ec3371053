package org.casillero.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Dates as the reference service writes them (WCF JSON dates): {@code /Date(<UTC epoch
 * millis><+hhmm|-hhmm>)/}, the offset being the service zone's at that instant. A calendar date is
 * that day's midnight in the service zone.
 */
final class WcfDates {
    private final ZoneId zone;

    WcfDates(ZoneId zone) {
        this.zone = zone;
    }

    String format(Instant instant) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        int minutes = offset.getTotalSeconds() / 60;
        char sign = minutes < 0 ? '-' : '+';
        int abs = Math.abs(minutes);
        return new StringBuilder(32)
                .append("/Date(")
                .append(instant.toEpochMilli())
                .append(sign)
                .append((char) ('0' + abs / 600))
                .append((char) ('0' + abs / 60 % 10))
                .append((char) ('0' + abs % 60 / 10))
                .append((char) ('0' + abs % 10))
                .append(")/")
                .toString();
    }

    String format(LocalDate date) {
        return format(date.atStartOfDay(zone).toInstant());
    }
}
