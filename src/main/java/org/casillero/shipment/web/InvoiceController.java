package org.casillero.shipment.web;

import java.math.BigDecimal;
import java.util.Objects;
import org.casillero.customer.CustomerSession;
import org.casillero.partner.ApiClient;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.casillero.shared.web.BoxUpload;
import org.casillero.shared.web.RawBody;
import org.casillero.shipment.InvoiceFile;
import org.casillero.shipment.InvoiceLine;
import org.casillero.shipment.ShipmentInvoices;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Box API's invoice operations: a customer types a shipment's invoice lines, or registers an
 * invoice file and then sends its bytes (credentials and GUID as headers, the body raw).
 */
@BoxController
class InvoiceController {
    private final ShipmentInvoices invoices;
    private final InvoiceUrls urls;
    private final long maxFileBytes;

    InvoiceController(ShipmentInvoices invoices, InvoiceUrls urls, CasilleroSettings settings) {
        this.invoices = invoices;
        this.urls = urls;
        this.maxFileBytes = settings.invoices().maxFileSize().toBytes();
    }

    /** The typed invoice: the shipment and the total of its lines (clients read only {@code _verify}). */
    record InvoiceCustomAnswer(BigDecimal commInvDetailDeclaredValue, long trckNmrFol) {}

    @PostMapping("/wcf-services/service-customer.svc/customer/customer-upload-invoice-custom")
    InvoiceCustomAnswer typeInvoice(CustomerSession session, @BoxBody InvoiceCustomRequest request) {
        long trck = Objects.requireNonNull(request.trckNmrFol());
        BigDecimal total = invoices.typeLines(session, trck, request.lines()).stream()
                .map(InvoiceLine::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceCustomAnswer(total, trck);
    }

    /** An invoice file, as both upload steps answer it ({@code invoice_file_url} empty until its bytes arrive). */
    record InvoiceFileAnswer(
            long customerBoxId,
            String invoiceFileGuid,
            String invoiceFileName,
            String invoiceFileUrl,
            String invoiceId,
            long trckNmrFol) {}

    private InvoiceFileAnswer answer(InvoiceFile file) {
        return new InvoiceFileAnswer(
                file.boxId(),
                file.guid(),
                file.storedName(),
                urls.of(file),
                String.valueOf(file.invoiceId()),
                file.trckNmrFol());
    }

    @PostMapping("/wcf-services/service-customer.svc/customer/customer-upload-invoice-data")
    InvoiceFileAnswer registerFile(CustomerSession session, @BoxBody InvoiceDataRequest request) {
        return answer(invoices.register(
                session,
                Objects.requireNonNull(request.trckNmrFol()),
                Objects.requireNonNull(request.invoiceFileName())));
    }

    /**
     * The file's bytes for a GUID: the credentials (resolved first) and the GUID are checked before an
     * upload slot is taken or a byte read, so that uploads of unknown GUIDs hold nothing, and one API
     * user holds at most its share of the slots.
     */
    @BoxUpload
    @PostMapping("/wcf-services/service-customer.svc/customer/customer-upload-invoice-file")
    InvoiceFileAnswer uploadFile(
            ApiClient client, @Nullable CustomerSession session, @BoxBody InvoiceFileRequest request, RawBody body) {
        String guid = Objects.requireNonNull(request.invoiceFileGuid());
        invoices.expectFile(client, session, guid);
        try (RawBody.Upload file = body.read(maxFileBytes, client.userCode())) {
            return answer(invoices.upload(client, session, guid, file.bytes()));
        }
    }
}
