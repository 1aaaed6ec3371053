package org.casillero.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.casillero.customer.CustomerSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer types the invoice of one of its shipments (customer-upload-invoice-custom): the lines
 * replace any typed before, their total is the declared value customs see, and an invoice-required
 * hold is cleared.
 */
@Service
public class ShipmentInvoices {
    private final ShipmentRepository shipments;
    private final Clock clock;

    ShipmentInvoices(ShipmentRepository shipments, Clock clock) {
        this.shipments = shipments;
        this.clock = clock;
    }

    @Transactional
    public List<InvoiceLine> typeLines(CustomerSession session, long trckNmrFol, List<InvoiceLine> lines) {
        shipments
                .lock(trckNmrFol)
                .filter(locked -> locked.custId() == session.custId())
                .orElseThrow(ShipmentNotFound::new);
        Instant now = clock.instant();
        String actor = session.actor().name();
        shipments.replaceInvoiceLines(trckNmrFol, lines);
        if (shipments.clearHold(trckNmrFol, HoldReason.INVOICE_REQUIRED, now, actor)) {
            shipments.audit(trckNmrFol, now, actor, "HOLD_CLEARED", HoldReason.INVOICE_REQUIRED.name());
        }
        shipments.audit(trckNmrFol, now, actor, "INVOICE_TYPED", lines.size() + " lines");
        return lines;
    }
}
