package org.casillero.shipment.web;

import java.util.List;
import java.util.Objects;
import org.casillero.customer.CustomerSession;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.casillero.shipment.Shipment;
import org.casillero.shipment.ShipmentConsolidation;
import org.casillero.shipment.ShipmentQueries;
import org.casillero.shipment.web.ShipmentAnswers.ShipmentInfoAnswer;
import org.casillero.shipment.web.ShipmentAnswers.ShipmentItem;
import org.casillero.shipment.web.ShipmentAnswers.ShipmentItemHbc;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Box API's shipment operations for a customer: its shipments in a date window (and the plugin's
 * {@code -hbc} variant), one shipment with its pieces and tracking (at both paths clients use), and
 * its requests to combine some into one.
 */
@BoxController
class ShipmentController {
    private final ShipmentQueries queries;
    private final ShipmentConsolidation consolidation;
    private final InvoiceUrls urls;

    ShipmentController(ShipmentQueries queries, ShipmentConsolidation consolidation, InvoiceUrls urls) {
        this.queries = queries;
        this.consolidation = consolidation;
        this.urls = urls;
    }

    @PostMapping("/wcf-services/service-customer.svc/customer/customer-get-shipments")
    List<ShipmentItem> shipments(CustomerSession session, @BoxBody ShipmentWindowRequest request) {
        return nonEmpty(queries.forCustomer(session, request.start(), request.end())).stream()
                .map(s -> ShipmentItem.of(s, urls))
                .toList();
    }

    @PostMapping("/wcf-services/service-customer.svc/customer/customer-get-shipments-hbc")
    List<ShipmentItemHbc> shipmentsHbc(CustomerSession session, @BoxBody ShipmentWindowRequest request) {
        return nonEmpty(queries.forCustomer(session, request.start(), request.end())).stream()
                .map(s -> ShipmentItemHbc.of(s, urls))
                .toList();
    }

    @PostMapping({
        "/wcf-services/service-customer.svc/shipment/get-shipment-info",
        "/wcf-services/service-shipment.svc/shipment/get-shipment-info"
    })
    ShipmentInfoAnswer shipmentInfo(CustomerSession session, @BoxBody ShipmentInfoRequest request) {
        return ShipmentInfoAnswer.of(queries.forCustomer(session, Objects.requireNonNull(request.trckNmrFol())), urls);
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
