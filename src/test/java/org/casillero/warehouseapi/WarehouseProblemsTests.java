package org.casillero.warehouseapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import org.casillero.shared.BusyLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A conflict the database found quotes the values in conflict, which staff typed: its log line stays
 * one line whatever they hold. (Reaching it over HTTP takes two scans of one package racing, which
 * intake otherwise answers as a rescan: the mapper is attacked directly with the database's text.)
 */
@ExtendWith(OutputCaptureExtension.class)
class WarehouseProblemsTests {
    private static final String FORGED = "2026-12-04T00:00:00.000Z ERROR 1 --- [main] org.casillero.Admin : FORGED";

    @Test
    void logsAConflictOnOneLineWhateverTheTypedValuesHold(CapturedOutput output) {
        var conflict = new DataIntegrityViolationException(
                "insert failed",
                new SQLException("ERROR: duplicate key value violates unique constraint \"shipment_piece_inbound\"\n"
                        + "  Detail: Key (courier_code, inbound_tracking)=(UPS, 1Z9\r\n" + FORGED
                        + "\u2028\u202e\u001b[2J) already exists."));

        var answer = new WarehouseProblems(new BusyLog(Clock.systemUTC())).conflict(conflict);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(output.getAll().lines().filter(line -> line.contains("Warehouse API conflict")))
                .singleElement()
                .asString()
                .contains("1Z9\\u000d\\u000a" + FORGED, "\\u2028\\u202e\\u001b[2J")
                .doesNotContain("\r", "\u2028", "\u202e", "\u001b");
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith(FORGED));
    }
}
