package org.casillero.shipment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.casillero.customer.CustomerSession;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.casillero.shipment.InvoiceLine;
import org.casillero.shipment.Shipment;
import org.casillero.shipment.ShipmentConsolidation;
import org.casillero.shipment.ShipmentInvoices;
import org.casillero.shipment.ShipmentQueries;
import org.casillero.shipment.web.ShipmentAnswers.ShipmentInfoAnswer;
import org.casillero.shipment.web.ShipmentAnswers.ShipmentItem;
import org.casillero.shipment.web.ShipmentAnswers.ShipmentItemHbc;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Box API's shipment operations for a customer: its shipments in a date window (and the plugin's
 * {@code -hbc} variant), one shipment with its pieces and tracking (at both paths clients use), and
 * the invoice lines it types for one, and its requests to combine some into one.
 */
@BoxController
class ShipmentController {
    private final ShipmentQueries queries;
    private final ShipmentInvoices invoices;
    private final ShipmentConsolidation consolidation;

    ShipmentController(ShipmentQueries queries, ShipmentInvoices invoices, ShipmentConsolidation consolidation) {
        this.queries = queries;
        this.invoices = invoices;
        this.consolidation = consolidation;
    }

    @PostMapping("/wcf-services/service-customer.svc/customer/customer-get-shipments")
    List<ShipmentItem> shipments(CustomerSession session, @BoxBody ShipmentWindowRequest request) {
        return nonEmpty(queries.forCustomer(session, request.start(), request.end())).stream()
                .map(ShipmentItem::of)
                .toList();
    }

    @PostMapping("/wcf-services/service-customer.svc/customer/customer-get-shipments-hbc")
    List<ShipmentItemHbc> shipmentsHbc(CustomerSession session, @BoxBody ShipmentWindowRequest request) {
        return nonEmpty(queries.forCustomer(session, request.start(), request.end())).stream()
                .map(ShipmentItemHbc::of)
                .toList();
    }

    @PostMapping({
        "/wcf-services/service-customer.svc/shipment/get-shipment-info",
        "/wcf-services/service-shipment.svc/shipment/get-shipment-info"
    })
    ShipmentInfoAnswer shipmentInfo(CustomerSession session, @BoxBody ShipmentInfoRequest request) {
        return ShipmentInfoAnswer.of(queries.forCustomer(session, Objects.requireNonNull(request.trckNmrFol())));
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

    /** The consolidation request made (clients ignore the answer and read the -hbc list again). */
    record ConsolidationAnswer(long consolidationRequestId) {}

    @PostMapping("/wcf-services/service-customer.svc/customer/customer-consolidate-awb")
    ConsolidationAnswer consolidate(CustomerSession session, @BoxBody ConsolidateRequest request) {
        return new ConsolidationAnswer(consolidation.request(session, request.shipments()));
    }

    private static List<Shipment> nonEmpty(List<Shipment> shipments) {
        if (shipments.isEmpty()) {
            throw new NoShipments();
        }
        return shipments;
    }
}
