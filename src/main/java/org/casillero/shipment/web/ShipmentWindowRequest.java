package org.casillero.shipment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.casillero.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * The body of customer-get-shipments and -hbc: the window's first and last days, {@code YYYY-MM-DD};
 * absent, null or {@code ""} take the defaults (today; three months before the last day).
 */
record ShipmentWindowRequest(
        @Nullable String startDate, @Nullable String endDate) {
    @Nullable
    LocalDate start() {
        return date("startDate", startDate);
    }

    @Nullable
    LocalDate end() {
        return date("endDate", endDate);
    }

    private static @Nullable LocalDate date(String field, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException notOnTheCalendar) {
            // answered below
        }
        throw new InvalidField(field, "must be a date in the format YYYY-MM-DD");
    }
}
