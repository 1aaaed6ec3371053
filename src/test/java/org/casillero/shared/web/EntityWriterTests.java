package org.casillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Answers written straight from records: every object an entity with {@code _verify} and {@code
 * error} in their alphabetical places, names in snake_case (or as renamed), unwrapped components
 * merged in order, amounts without trailing zeros, dates as WCF dates, nulls written.
 */
class EntityWriterTests {
    private final WireJson json = new WireJson(BoxErrorMapperTests.defaultSettings());

    record Piece(int itemPiece, BigDecimal weight) {}

    record Inner(String address01, @Nullable Instant dateManifested) {}

    record Outer(
            @JsonUnwrapped Inner inner,
            BigDecimal zero,
            BigDecimal tenAsWritten,
            @JsonProperty("_family_products") List<Piece> pieces,
            @Nullable Object consolidation,
            long trckNmrFol) {}

    private String answer(Object value) {
        return new String(json.answer(value), StandardCharsets.UTF_8);
    }

    @Test
    void writesEachRecordAsAnEntityWithItsNamesInOrdinalOrder() {
        Outer outer = new Outer(
                new Inner("123 Fake St.", Instant.ofEpochMilli(1517799552000L)),
                new BigDecimal("0.00"),
                new BigDecimal("10.0"),
                List.of(new Piece(1, new BigDecimal("0.44090"))),
                null,
                13869085L);

        assertThat(answer(outer))
                .isEqualTo("[{\"_family_products\":[{\"_verify\":true,\"error\":{\"error_description\":\"\","
                        + "\"error_location\":\"\",\"system_error\":false},\"item_piece\":1,\"weight\":0.4409}],"
                        + "\"_verify\":true,\"address_01\":\"123 Fake St.\",\"consolidation\":null,"
                        + "\"date_manifested\":\"/Date(1517799552000-0500)/\",\"error\":{\"error_description\":\"\","
                        + "\"error_location\":\"\",\"system_error\":false},\"ten_as_written\":10,"
                        + "\"trck_nmr_fol\":13869085,\"zero\":0}]");
    }

    @Test
    void writesAListAsOneElementPerItemAndNothingAsAnEmptyArray() {
        assertThat(answer(List.of(new Piece(1, BigDecimal.ONE), new Piece(2, new BigDecimal("2.50")))))
                .startsWith("[{\"_verify\":true,")
                .contains("\"item_piece\":1,\"weight\":1}", "\"item_piece\":2,\"weight\":2.5}");
        assertThat(answer(List.of())).isEqualTo("[]");
    }
}
