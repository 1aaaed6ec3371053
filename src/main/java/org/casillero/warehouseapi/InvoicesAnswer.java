package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.casillero.shipment.InvoiceLine;

/** A shipment's invoice: whether it is needed, the lines typed and their total, the files uploaded. (Published as InvoicesView.) */
@Schema(name = "InvoicesView")
record InvoicesAnswer(
        boolean invoiceRequired, List<InvoiceLine> lines, BigDecimal linesTotal, List<InvoiceFileAnswer> files) {}
