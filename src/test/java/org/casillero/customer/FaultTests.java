package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Locale;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;

/**
 * Faults half-way through a registration: an unexpected one answers a generic 500, details in the
 * log only, nothing stored; a database that fails to commit or roll back answers 503.
 */
@ExtendWith(OutputCaptureExtension.class)
class FaultTests extends BoxApiTest {
    @MockitoSpyBean
    ContactRepository contacts;

    @MockitoSpyBean
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answers500AndLeavesNothingWhenTheAddressInsertFails(CapturedOutput output) {
        String email = uniqueEmail();
        long phonesBefore = count("select count(*) from customer_phone");
        doThrow(new IllegalStateException("disk on fire near row 42"))
                .when(contacts)
                .insertAddress(anyLong(), any(), anyLong());

        BoxClient.Response response = box.post(BoxClient.CUSTOMER + "customer-registration", registration(email));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.verified()).isFalse();
        assertThat(response.first().get("error").get("system_error").asBoolean())
                .isTrue();
        assertThat(response.errorDescription()).startsWith("An unexpected error occurred");
        assertThat(response.text()).doesNotContain("disk on fire", "IllegalStateException", "at org.");
        String requestId = response.headers().firstValue("Request-Id").orElseThrow();
        assertThat(output.getAll()).contains("disk on fire near row 42").contains("[" + requestId + "]");
        assertThat(count("select count(*) from customer where email = '" + email.toUpperCase(Locale.ROOT) + "'"))
                .isZero();
        assertThat(count("select count(*) from customer_phone")).isEqualTo(phonesBefore);
    }

    @Test
    void answers503WhenTheDatabaseConnectionBreaksDuringTheCommit(CapturedOutput output) {
        doAnswer(commit -> {
                    commit.callRealMethod();
                    throw new TransactionSystemException(
                            "JDBC commit failed", new SQLNonTransientConnectionException("connection lost", "08006"));
                })
                .when(transactions)
                .commit(any());

        BoxClient.Response response =
                box.post(BoxClient.CUSTOMER + "customer-registration", registration(uniqueEmail()));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.verified()).isFalse();
        assertThat(response.first().get("error").get("system_error").asBoolean())
                .isTrue();
        assertThat(response.errorDescription()).startsWith("The service is temporarily unavailable");
        assertThat(response.text()).doesNotContain("connection lost", "Exception");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void answers503WhenTheRollbackFails() {
        doThrow(new IllegalStateException("disk on fire")).when(contacts).insertAddress(anyLong(), any(), anyLong());
        doAnswer(rollback -> {
                    rollback.callRealMethod();
                    throw new TransactionSystemException("JDBC rollback failed", new SQLException("gone", "08003"));
                })
                .when(transactions)
                .rollback(any());

        BoxClient.Response response =
                box.post(BoxClient.CUSTOMER + "customer-registration", registration(uniqueEmail()));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.first().get("error").get("system_error").asBoolean())
                .isTrue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
