package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casillero.shared.web.FileDownloads;
import org.casillero.shared.web.FileDownloads.Attachment;
import org.casillero.shipment.InvoiceFile;
import org.casillero.shipment.Shipment;
import org.casillero.shipment.ShipmentInvoices;
import org.casillero.shipment.ShipmentInvoices.Download;
import org.casillero.shipment.ShipmentQueries;
import org.casillero.warehouse.StaffMember;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff read the invoices customers gave for their warehouse's shipments: typed lines and files. */
@RestController
@RequestMapping("/warehouse/v1/shipments/{trckNmrFol}/invoices")
class InvoiceApi {
    private static final String PROBLEM = "application/problem+json";

    private final ShipmentQueries queries;
    private final ShipmentInvoices invoices;
    private final FileDownloads downloads;

    InvoiceApi(ShipmentQueries queries, ShipmentInvoices invoices, FileDownloads downloads) {
        this.queries = queries;
        this.invoices = invoices;
        this.downloads = downloads;
    }

    @GetMapping
    InvoicesAnswer invoices(StaffMember staff, @PathVariable long trckNmrFol) {
        Shipment shipment = queries.inWarehouse(staff.warehouse(), trckNmrFol);
        return new InvoicesAnswer(
                shipment.invoiceRequired(),
                shipment.invoiceLines(),
                shipment.invoiceTotal(),
                invoices.filesOf(staff.warehouse(), trckNmrFol).stream()
                        .map(InvoiceFileAnswer::of)
                        .toList());
    }

    /** One uploaded file, as an attachment streamed from storage (503 busy past the downloads at once). */
    @GetMapping("/{invoiceId}")
    @Operation(
            summary = "One uploaded invoice file, as an attachment",
            description = "Streamed from storage with its stored content type; only so many files are sent at"
                    + " once (casillero.invoices.concurrent-downloads, downloads-per-client), and a download slower"
                    + " than casillero.invoices.download-min-rate is dropped.")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(
            responseCode = "404",
            description = "No such shipment in this warehouse, or no such file of it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "503",
            description = "Every download slot is taken: try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait"),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    void file(
            StaffMember staff,
            @PathVariable long trckNmrFol,
            @PathVariable long invoiceId,
            HttpServletRequest request,
            HttpServletResponse response) {
        Download download = invoices.fileOf(staff.warehouse(), trckNmrFol, invoiceId);
        InvoiceFile file = download.file();
        downloads.send(
                new Attachment(file.contentType(), file.storedName(), file.sizeBytes(), download.content()),
                request,
                response);
    }
}
