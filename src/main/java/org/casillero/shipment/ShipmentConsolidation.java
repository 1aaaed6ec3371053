package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.casillero.customer.CustomerSession;
import org.casillero.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer asks for some of its shipments to be combined into one (customer-consolidate-awb). Each
 * must be the customer's, still as received (not processed yet), in the same warehouse as the others,
 * in no other open request, and have
 * its invoice if it needs one; the first that is not refuses the whole request, naming it.
 */
@Service
public class ShipmentConsolidation {
    private final ShipmentRepository shipments;
    private final ConsolidationRepository requests;
    private final InvoiceRequirement invoices;
    private final ShipmentNews news;
    private final Clock clock;

    ShipmentConsolidation(
            ShipmentRepository shipments,
            ConsolidationRepository requests,
            InvoiceRequirement invoices,
            ShipmentNews news,
            Clock clock) {
        this.shipments = shipments;
        this.requests = requests;
        this.invoices = invoices;
        this.news = news;
        this.clock = clock;
    }

    /** One shipment of a request: its number, the declared value and invoice link the client saw. */
    public record RequestedShipment(long trckNmrFol, BigDecimal declaredValue, String invoiceUrl) {}

    /**
     * Answers the new request's id. The shipments' rows are locked in the order of their numbers, as
     * staff's consolidation locks them, so that the two never wait for each other.
     */
    @Transactional
    public long request(CustomerSession session, List<RequestedShipment> wanted) {
        Map<Long, ShipmentRepository.Locked> locked = new TreeMap<>();
        wanted.stream()
                .map(RequestedShipment::trckNmrFol)
                .sorted()
                .distinct()
                .forEach(trck -> shipments
                        .lock(trck)
                        .filter(row -> row.custId() == session.custId())
                        .ifPresent(row -> locked.put(trck, row)));
        Set<Long> seen = new HashSet<>();
        @Nullable String warehouse = null;
        for (int i = 0; i < wanted.size(); i++) {
            long trck = wanted.get(i).trckNmrFol();
            String field = "trckNmrFolList[" + i + "].trckNmrFol";
            if (!seen.add(trck)) {
                throw new InvalidField(field, trck + " is in the list twice");
            }
            ShipmentRepository.Locked shipment = locked.get(trck);
            if (shipment == null) {
                throw new InvalidField(field, trck + " is not a shipment of this box");
            }
            if (shipment.status() == ShipmentStatus.CONSOLIDATED) {
                throw new InvalidField(field, trck + " is consolidated already");
            }
            if (shipment.status() != ShipmentStatus.RECEIVED) {
                throw new InvalidField(field, trck + " is processed already and cannot be consolidated");
            }
            if (warehouse != null && !warehouse.equals(shipment.warehouseCode())) {
                throw new InvalidField(field, trck + " is in another warehouse than the shipments before it");
            }
            warehouse = shipment.warehouseCode();
            if (requests.openRequestsOf(trck) > 0) {
                throw new InvalidField(field, trck + " is in a consolidation request already");
            }
            if (shipments.openHolds(trck).contains(HoldReason.INVOICE_REQUIRED)) {
                // With its invoice given, the hold left is staff's: asking the customer for it misleads.
                throw new InvalidField(
                        field,
                        trck
                                + (invoices.documented(trck)
                                        ? " is held by the warehouse until the warehouse releases it"
                                        : " needs its invoice first"));
            }
        }
        Instant now = clock.instant();
        String actor = session.actor().name();
        long requestId = requests.insert(session.custId(), Objects.requireNonNull(warehouse), now, actor);
        for (RequestedShipment each : wanted) {
            requests.insertItem(requestId, each);
            shipments.audit(each.trckNmrFol(), now, actor, "CONSOLIDATION_REQUESTED", "request " + requestId);
        }
        news.consolidationRequested(
                session.copaId(),
                session.boxId(),
                requestId,
                Objects.requireNonNull(warehouse),
                wanted.stream().map(RequestedShipment::trckNmrFol).toList(),
                now,
                actor);
        return requestId;
    }
}
