package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.casillero.shared.BusyLog;
import org.casillero.shared.CasilleroSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.unit.DataSize;

/** Which failures mean "the database is out of reach, try again" (503) and which are faults (500). */
class BoxErrorMapperTests {
    static Stream<Exception> databaseOutages() {
        return Stream.of(
                new DataAccessResourceFailureException("down"),
                new CannotGetJdbcConnectionException("pool exhausted", new SQLTransientConnectionException("timeout")),
                new CannotCreateTransactionException("no connection"),
                new TransientDataAccessResourceException("failover"),
                new TransactionSystemException("JDBC commit failed", new SQLException("commit refused", "40001")),
                new TransactionSystemException("JDBC rollback failed"),
                new UncategorizedSQLException("commit", "COMMIT", new SQLNonTransientConnectionException("closed")),
                new UncategorizedSQLException("query", "SELECT 1", new SQLTransientConnectionException("timeout")),
                new UncategorizedSQLException("query", "SELECT 1", new SQLException("link failure", "08S01")),
                new IllegalStateException("wrapped", new SQLException("connection refused", "08001")));
    }

    static Stream<Exception> faults() {
        return Stream.of(
                new IllegalStateException("bug"),
                new DataIntegrityViolationException("duplicate"),
                new UncategorizedSQLException("query", "SELECT 1", new SQLException("syntax", "42601")),
                new UncategorizedSQLException("query", "SELECT 1", new SQLException("no state")));
    }

    private final BoxErrorMapper mapper =
            new BoxErrorMapper(new Envelope(new WireJson(defaultSettings())), new BusyLog(Clock.systemUTC()));

    /** The settings as a server without any configured gets them. */
    static CasilleroSettings defaultSettings() {
        return new CasilleroSettings(
                ZoneId.of("America/New_York"),
                Path.of("data"),
                null,
                null,
                new CasilleroSettings.Login(
                        3, 5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMillis(500)),
                new CasilleroSettings.Hashing(0, 1000, Duration.ofSeconds(60), 0),
                Duration.ofSeconds(30),
                new CasilleroSettings.Invoices(
                        DataSize.ofMegabytes(5),
                        10,
                        8,
                        4,
                        Duration.ofSeconds(10),
                        Duration.ofHours(24),
                        null,
                        16,
                        4,
                        DataSize.ofKilobytes(16),
                        Duration.ofSeconds(10)),
                new CasilleroSettings.Cards(5, Duration.ofHours(1), 100, 100),
                new CasilleroSettings.Passwords(6, 0),
                new CasilleroSettings.Shipments(Period.ofYears(3)),
                new CasilleroSettings.Bodies(
                        DataSize.ofBytes(240),
                        Duration.ofSeconds(5),
                        DataSize.ofMegabytes(48),
                        DataSize.ofMegabytes(24)),
                new CasilleroSettings.Events(Duration.ofSeconds(30), Duration.ofMinutes(1), 100));
    }

    @ParameterizedTest
    @MethodSource("databaseOutages")
    void answers503WhenTheDatabaseIsOutOfReachOrCannotFinishATransaction(Exception failure) {
        ResponseEntity<byte[]> answer = mapper.unexpected(failure);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8))
                .contains(BoxErrorMapper.UNAVAILABLE, "\"system_error\":true");
    }

    @ParameterizedTest
    @MethodSource("faults")
    void answers500ForAnyOtherFailure(Exception failure) {
        ResponseEntity<byte[]> answer = mapper.unexpected(failure);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8))
                .contains(BoxErrorMapper.UNEXPECTED, "\"system_error\":true");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void logsAnOutageOnOneLineWhateverTheDatabasesTextHolds(CapturedOutput output) {
        mapper.unexpected(new DataAccessResourceFailureException(
                "lost", new SQLException("FATAL: terminating connection\nforged line\r\u001b[2J", "08006")));

        assertThat(output.getAll().lines().filter(line -> line.contains("Database unavailable")))
                .singleElement()
                .asString()
                .contains("connection\\u000aforged line\\u000d\\u001b[2J");
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("forged line"));
    }
}
