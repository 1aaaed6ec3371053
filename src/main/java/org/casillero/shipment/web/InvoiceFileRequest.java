package org.casillero.shipment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The fields of customer-upload-invoice-file, sent as HTTP headers: the GUID upload-invoice-data gave. */
record InvoiceFileRequest(
        @NotBlank @Size(max = 64) @Nullable String invoiceFileGuid) {}
