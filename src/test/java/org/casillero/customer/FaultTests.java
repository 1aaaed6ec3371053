package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

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

/** An unexpected fault half-way through a registration: a generic 500, details in the log only, nothing stored. */
@ExtendWith(OutputCaptureExtension.class)
class FaultTests extends BoxApiTest {
    @MockitoSpyBean
    ContactRepository contacts;

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

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
