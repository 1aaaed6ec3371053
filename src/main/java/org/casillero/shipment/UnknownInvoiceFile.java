package org.casillero.shipment;

import org.casillero.shared.BoxException;

/** No invoice file the caller may use has the GUID (or id) sent: unknown, or another customer's. */
public final class UnknownInvoiceFile extends BoxException {
    UnknownInvoiceFile() {
        super("invoice_file_guid is not an invoice file registered for this box.", "invoiceFileGuid");
    }
}
