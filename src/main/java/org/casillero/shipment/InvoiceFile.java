package org.casillero.shipment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invoice file of a shipment: registered under a GUID (customer-upload-invoice-data), its bytes
 * sent once (customer-upload-invoice-file). The stored name is
 * {@code yyyyMMddHHmmss_<trck_nmr_fol>_<the customer's file name>}, in the service's time zone.
 *
 * @param uploadedAt when its bytes arrived; null while they have not
 */
public record InvoiceFile(
        long invoiceId,
        long trckNmrFol,
        long boxId,
        String guid,
        String originalName,
        String storedName,
        String contentType,
        Instant registeredAt,
        @Nullable Instant uploadedAt,
        long sizeBytes) {

    public boolean uploaded() {
        return uploadedAt != null;
    }
}
