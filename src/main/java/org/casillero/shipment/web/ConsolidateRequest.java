package org.casillero.shipment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.casillero.shared.web.WebLink;
import org.casillero.shipment.ShipmentConsolidation.RequestedShipment;
import org.jspecify.annotations.Nullable;

/**
 * The body of customer-consolidate-awb, as the plugin's consolidation page sends it: the shipments to
 * combine, each with the declared value and invoice link the page showed (the shipment's {@code
 * invoice_file_url}, this server's link, or empty). Staff are shown that link: only a web address is
 * taken.
 */
record ConsolidateRequest(
        @NotNull @Size(min = 1, max = 50, message = "must hold from 1 to 50 shipments") @Nullable
        List<@NotNull @Valid Item> trckNmrFolList) {

    record Item(
            @NotNull @Nullable Long trckNmrFol,

            @PositiveOrZero @DecimalMax("10000000") @Nullable
            BigDecimal awbDeclaredValue,

            @WebLink @Nullable String awbInvoiceUrl) {

        RequestedShipment toShipment() {
            return new RequestedShipment(
                    Objects.requireNonNull(trckNmrFol),
                    awbDeclaredValue == null ? BigDecimal.ZERO : awbDeclaredValue,
                    awbInvoiceUrl == null || awbInvoiceUrl.isBlank() ? "" : awbInvoiceUrl);
        }
    }

    List<RequestedShipment> shipments() {
        return Objects.requireNonNull(trckNmrFolList).stream()
                .map(Item::toShipment)
                .toList();
    }
}
