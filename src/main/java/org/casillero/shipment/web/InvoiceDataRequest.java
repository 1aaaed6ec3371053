package org.casillero.shipment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of customer-upload-invoice-data: the shipment, and the name of the file the customer has. */
record InvoiceDataRequest(
        @NotNull @Nullable Long trckNmrFol,
        @NotBlank @Size(max = 1000) @Nullable String invoiceFileName) {}
