package org.casillero.shipment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casillero.shared.InvalidLink;
import org.casillero.shared.InvalidLink.Why;
import org.casillero.shared.web.FileDownloads;
import org.casillero.shared.web.FileDownloads.Attachment;
import org.casillero.shipment.InvoiceFile;
import org.casillero.shipment.ShipmentInvoices;
import org.casillero.shipment.ShipmentInvoices.Download;
import org.casillero.shipment.invoice.InvoiceLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed link of an invoice file ({@code invoice_file_url}): the file as an attachment, streamed
 * from storage. A link whose numbers are not numbers was not made here.
 */
@RestController
class InvoiceDownloadController {
    private final ShipmentInvoices invoices;
    private final FileDownloads downloads;

    InvoiceDownloadController(ShipmentInvoices invoices, FileDownloads downloads) {
        this.invoices = invoices;
        this.downloads = downloads;
    }

    @GetMapping(InvoiceLinks.PATH + "{invoiceId}/{storedName}")
    void download(
            @PathVariable String invoiceId,
            @PathVariable String storedName,
            @RequestParam(required = false) @Nullable String expires,
            @RequestParam(required = false) @Nullable String signature,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (expires == null
                || signature == null
                || !invoiceId.matches("[0-9]{1,18}")
                || !expires.matches("[0-9]{1,12}")) {
            throw new InvalidLink(Why.NOT_SIGNED_HERE);
        }
        Download download =
                invoices.download(Long.parseLong(invoiceId), storedName, Long.parseLong(expires), signature);
        InvoiceFile file = download.file();
        downloads.send(
                new Attachment(file.contentType(), file.storedName(), file.sizeBytes(), download.content()),
                request,
                response);
    }
}
