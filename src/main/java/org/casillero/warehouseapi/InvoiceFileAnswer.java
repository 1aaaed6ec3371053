package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Objects;
import org.casillero.shipment.InvoiceFile;

/** An uploaded invoice file: its stored name and the one it was sent with, its type and size. (Published as FileView.) */
@Schema(name = "FileView")
record InvoiceFileAnswer(
        long invoiceId, String fileName, String originalName, String contentType, long sizeBytes, Instant uploadedAt) {
    static InvoiceFileAnswer of(InvoiceFile file) {
        return new InvoiceFileAnswer(
                file.invoiceId(),
                file.storedName(),
                file.originalName(),
                file.contentType(),
                file.sizeBytes(),
                Objects.requireNonNull(file.uploadedAt()));
    }
}
