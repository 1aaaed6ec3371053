package org.casillero.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.TestCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * No card number or security code is ever written anywhere Casillero writes: with every logger at
 * TRACE (Tomcat's, Hibernate Validator's and Spring's included), valid and refused activations and a
 * register-info leave no card number, security code or password in the log, in any text column of
 * any table, or in any answer.
 */
@ExtendWith(OutputCaptureExtension.class)
class CardSecrecyTests extends BoxApiTest {
    private static final String PASSWORD = "Secret-pass-7731-must-not-leak";

    @Autowired
    LoggingSystem logging;

    @Autowired
    JdbcClient jdbc;

    private final List<String> answers = new ArrayList<>();

    @Test
    void neverWritesACardNumberOrSecurityCodeToTheLogTheDatabaseOrAnAnswer(CapturedOutput output) {
        String valid = TestCards.amex();
        String replacement = TestCards.visa();
        String refused = TestCards.master();
        String securityCode = "8" + (100 + (int) (Math.random() * 900));
        Map<String, LogLevel> levels = everyLoggerAt(LogLevel.TRACE);
        try {
            Customer customer = registerInfo();
            activate(
                    customer,
                    TestCards.card("MASTER", TestCards.withWrongCheckDigit(refused), TestCards.expiry(6), "123"));
            activate(customer, TestCards.card("VISA", refused, TestCards.expiry(6), "123"));
            activate(customer, TestCards.card("MASTER", refused, "2020-5-01", "123"));
            activate(customer, TestCards.card("MASTER", refused, TestCards.expiry(6), securityCode));
            activate(
                    customer,
                    TestCards.card("MASTER", refused, TestCards.expiry(6), "123")
                            .put("cc_holder_name", ""));
            activate(
                    customer,
                    TestCards.card("AMEX", valid, TestCards.expiry(6), securityCode)
                            .put("cc_type_name", "X"));
            ObjectNode wrongPartner = ActivationTests.activation(
                    customer, TestCards.card("AMEX", valid, TestCards.expiry(6), securityCode));
            post(ActivationTests.ACTIVATE, wrongPartner.put("copa_id", 999_999));
            // A body that is not JSON: refused before any use of it (HTTP 400), on the error path.
            post(ActivationTests.ACTIVATE, "{\"customer_credit_card\": [{\"cc_number\": \"" + refused + "\", ");
            assertThat(activate(customer, TestCards.card("AMEX", spaced(valid), TestCards.expiry(6), securityCode)))
                    .isTrue();
            assertThat(activate(
                            customer,
                            TestCards.card("VISA", replacement, TestCards.expiry(7), securityCode.substring(1))))
                    .isTrue();
        } finally {
            restore(levels);
        }

        String log = output.getAll();
        assertThat(log).as("the tracing really is on").contains("TRACE");
        for (String number : List.of(valid, replacement, refused)) {
            List<String> forms =
                    List.of(number, spaced(number), number.substring(0, 12), TestCards.withWrongCheckDigit(number));
            assertThat(log).doesNotContain(forms);
            assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(forms));
            assertThat(textColumnsHolding(number)).isEmpty();
            assertThat(textColumnsHolding(number.substring(0, 12))).isEmpty();
        }
        assertThat(log)
                .doesNotContain(PASSWORD)
                .doesNotContain("\"" + securityCode + "\"", "[" + securityCode + "]", "=" + securityCode)
                .doesNotContain("cc_security_code\"");
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(securityCode, PASSWORD));
    }

    private Customer registerInfo() {
        ObjectNode body = ActivationTests.registerInfo(uniqueEmail());
        body.put("customer_password", PASSWORD);
        BoxClient.Response response = post(ActivationTests.REGISTER_INFO, body);
        assertThat(response.verified()).as(response.text()).isTrue();
        return new Customer(
                response.first().get("customer_box_id").asLong(),
                response.first().get("customer_key").asString(),
                body.get("customer_email").asString());
    }

    private boolean activate(Customer customer, ObjectNode card) {
        return post(ActivationTests.ACTIVATE, ActivationTests.activation(customer, card))
                .verified();
    }

    private BoxClient.Response post(String path, Object body) {
        BoxClient.Response response = box.post(path, body);
        answers.add(response.text());
        return response;
    }

    private static String spaced(String number) {
        return number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    /** Sets the root and every configured logger to {@code level}; answers the levels configured before. */
    private Map<String, LogLevel> everyLoggerAt(LogLevel level) {
        Map<String, LogLevel> before = new LinkedHashMap<>();
        for (LoggerConfiguration logger : logging.getLoggerConfigurations()) {
            before.put(logger.getName(), logger.getConfiguredLevel());
        }
        before.keySet().forEach(name -> logging.setLogLevel(name, level));
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, level);
        return before;
    }

    private void restore(Map<String, LogLevel> levels) {
        levels.forEach(logging::setLogLevel);
    }

    /** Every text column of every table that holds the text, as {@code table.column}. */
    private List<String> textColumnsHolding(String text) {
        List<String> holding = new ArrayList<>();
        var columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                         where lower(table_schema) = 'public'
                           and lower(data_type) in ('character varying', 'varchar', 'text', 'character',
                                                    'char', 'character large object', 'clob')
                        """)
                .query((rs, n) -> List.of(rs.getString("table_name"), rs.getString("column_name")))
                .list();
        assertThat(columns).as("text columns").hasSizeGreaterThan(20);
        for (List<String> column : columns) {
            long rows = jdbc.sql("select count(*) from \"" + column.get(0) + "\" where \"" + column.get(1)
                            + "\" like :pattern")
                    .param("pattern", "%" + text + "%")
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                holding.add(column.get(0) + "." + column.get(1));
            }
        }
        return holding;
    }
}
