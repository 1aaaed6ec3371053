package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casillero.customer.CustomerSession;
import org.casillero.shared.InvalidField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer asks for some of its shipments to be combined into one (customer-consolidate-awb). Each
 * must be the customer's, still as received (not processed yet), in no other open request, and have
 * its invoice if it needs one; the first that is not refuses the whole request, naming it.
 */
@Service
public class ShipmentConsolidation {
    private final ShipmentRepository shipments;
    private final ConsolidationRepository requests;
    private final Clock clock;

    ShipmentConsolidation(ShipmentRepository shipments, ConsolidationRepository requests, Clock clock) {
        this.shipments = shipments;
        this.requests = requests;
        this.clock = clock;
    }

    /** One shipment of a request: its number, the declared value and invoice link the client saw. */
    public record RequestedShipment(long trckNmrFol, BigDecimal declaredValue, String invoiceUrl) {}

    /** Answers the new request's id. */
    @Transactional
    public long request(CustomerSession session, List<RequestedShipment> wanted) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            long trck = wanted.get(i).trckNmrFol();
            String field = "trck_nmr_fol_list[" + i + "].trck_nmr_fol";
            if (!seen.add(trck)) {
                throw new InvalidField(field, trck + " is in the list twice");
            }
            ShipmentRepository.Locked shipment = shipments
                    .lock(trck)
                    .filter(locked -> locked.custId() == session.custId())
                    .orElseThrow(() -> new InvalidField(field, trck + " is not a shipment of this box"));
            if (shipment.status() == ShipmentStatus.CONSOLIDATED) {
                throw new InvalidField(field, trck + " is consolidated already");
            }
            if (shipment.status() != ShipmentStatus.RECEIVED) {
                throw new InvalidField(field, trck + " is processed already and cannot be consolidated");
            }
            if (requests.openRequestsOf(trck) > 0) {
                throw new InvalidField(field, trck + " is in a consolidation request already");
            }
            if (shipments.openHolds(trck).contains(HoldReason.INVOICE_REQUIRED)) {
                throw new InvalidField(field, trck + " needs its invoice first");
            }
        }
        Instant now = clock.instant();
        String actor = session.actor().name();
        long requestId = requests.insert(session.custId(), now, actor);
        for (RequestedShipment each : wanted) {
            requests.insertItem(requestId, each);
            shipments.audit(each.trckNmrFol(), now, actor, "CONSOLIDATION_REQUESTED", "request " + requestId);
        }
        return requestId;
    }
}
