package org.casillero.shipment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.casillero.shipment.InvoiceLine;
import org.jspecify.annotations.Nullable;

/**
 * The body of customer-upload-invoice-custom, as the plugin's invoice form sends it (every value a
 * string): the shipment and its invoice lines.
 */
record InvoiceCustomRequest(
        @NotNull @Nullable Long trckNmrFol,

        @NotNull @Size(min = 1, max = 50, message = "must hold from 1 to 50 lines") @Nullable
        List<@NotNull @Valid LineRequest> detail) {

    record LineRequest(
            @NotNull @Positive @Max(100_000) @Nullable Integer quantity,
            @NotBlank @Size(max = 200) @Nullable String description,

            @NotNull @PositiveOrZero @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) @Nullable
            BigDecimal priceValue,

            @Size(max = 100) @Nullable String referenceCode) {

        InvoiceLine toLine() {
            return new InvoiceLine(
                    Objects.requireNonNull(quantity),
                    Objects.requireNonNull(description).strip(),
                    Objects.requireNonNull(priceValue),
                    referenceCode == null ? "" : referenceCode);
        }
    }

    List<InvoiceLine> lines() {
        return Objects.requireNonNull(detail).stream().map(LineRequest::toLine).toList();
    }
}
