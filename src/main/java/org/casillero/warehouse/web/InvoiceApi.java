package org.casillero.warehouse.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.casillero.shared.web.Attachments;
import org.casillero.shipment.InvoiceFile;
import org.casillero.shipment.InvoiceLine;
import org.casillero.shipment.Shipment;
import org.casillero.shipment.ShipmentInvoices;
import org.casillero.shipment.ShipmentInvoices.Download;
import org.casillero.shipment.ShipmentQueries;
import org.casillero.warehouse.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff read the invoices customers gave for their warehouse's shipments: typed lines and files. */
@RestController
@RequestMapping("/warehouse/v1/shipments/{trckNmrFol}/invoices")
class InvoiceApi {
    private final ShipmentQueries queries;
    private final ShipmentInvoices invoices;

    InvoiceApi(ShipmentQueries queries, ShipmentInvoices invoices) {
        this.queries = queries;
        this.invoices = invoices;
    }

    /** A shipment's invoice: whether it is needed, the lines typed and their total, the files uploaded. */
    record InvoicesView(
            boolean invoiceRequired, List<InvoiceLine> lines, BigDecimal linesTotal, List<FileView> files) {}

    record FileView(
            long invoiceId,
            String fileName,
            String originalName,
            String contentType,
            long sizeBytes,
            Instant uploadedAt) {
        static FileView of(InvoiceFile file) {
            return new FileView(
                    file.invoiceId(),
                    file.storedName(),
                    file.originalName(),
                    file.contentType(),
                    file.sizeBytes(),
                    Objects.requireNonNull(file.uploadedAt()));
        }
    }

    @GetMapping
    InvoicesView invoices(StaffMember staff, @PathVariable long trckNmrFol) {
        Shipment shipment = queries.inWarehouse(staff.warehouse(), trckNmrFol);
        return new InvoicesView(
                shipment.invoiceRequired(),
                shipment.invoiceLines(),
                shipment.invoiceTotal(),
                invoices.filesOf(staff.warehouse(), trckNmrFol).stream()
                        .map(FileView::of)
                        .toList());
    }

    /** One uploaded file, as an attachment. */
    @GetMapping("/{invoiceId}")
    ResponseEntity<byte[]> file(StaffMember staff, @PathVariable long trckNmrFol, @PathVariable long invoiceId) {
        Download download = invoices.fileOf(staff.warehouse(), trckNmrFol, invoiceId);
        return Attachments.of(download.file().contentType(), download.file().storedName(), download.content());
    }
}
