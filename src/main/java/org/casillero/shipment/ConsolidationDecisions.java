package org.casillero.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casillero.rating.RatingRules;
import org.casillero.shared.Measures.Parcel;
import org.casillero.shipment.ConsolidationRequest.Item;
import org.casillero.shipment.ConsolidationRequest.Status;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff decide their warehouse's consolidation requests (a request is the warehouse's of its
 * shipments; any other is not found). Consolidating one makes a new shipment, received now, whose pieces are copies of
 * the requested shipments' pieces (and whose invoice is their typed invoice lines); each requested
 * shipment becomes CONSOLIDATED with an event, visible to the customer, naming the new one. Refusing
 * one keeps the reason for the customer and frees its shipments to be requested again.
 */
@Service
public class ConsolidationDecisions {
    private final ConsolidationRepository requests;
    private final ShipmentRepository shipments;
    private final RatingRules rules;
    private final InvoiceRequirement invoices;
    private final ShipmentNews news;
    private final Clock clock;

    ConsolidationDecisions(
            ConsolidationRepository requests,
            ShipmentRepository shipments,
            RatingRules rules,
            InvoiceRequirement invoices,
            ShipmentNews news,
            Clock clock) {
        this.requests = requests;
        this.shipments = shipments;
        this.rules = rules;
        this.invoices = invoices;
        this.news = news;
        this.clock = clock;
    }

    /** The request consolidated, and whether this call did it (false: an earlier one did). */
    public record Consolidated(ConsolidationRequest request, boolean created) {}

    /** A page of the warehouse's open requests, oldest first: {@code limit} after {@code after}. */
    @Transactional(readOnly = true)
    public Page<ConsolidationRequest> open(Warehouse warehouse, int limit, Page.@Nullable Position after) {
        return Page.of(
                requests.openIn(warehouse.code(), limit + 1, after),
                limit,
                request -> new Page.Position(request.requestedAt(), request.requestId()));
    }

    @Transactional(readOnly = true)
    public ConsolidationRequest inWarehouse(Warehouse warehouse, long requestId) {
        return requests.find(requestId)
                .filter(request -> request.warehouseCode().equals(warehouse.code()))
                .orElseThrow(ConsolidationRequestNotFound::new);
    }

    /**
     * Consolidates an open request: every shipment must still be received, in this warehouse and
     * free of holds. {@code parcel} is the combined box as weighed; null to add up the shipments'
     * weights and take each side of the longest one's. The new shipment is held for its invoice when
     * its pieces together need one by its destination's rule and none of the originals brought one
     * (packages that pass one by one may not pass together). Consolidating it again answers the
     * same shipment.
     */
    @Transactional
    public Consolidated consolidate(Warehouse warehouse, String staff, long requestId, @Nullable Parcel parcel) {
        ConsolidationRequest request = lockInWarehouse(warehouse, requestId);
        if (request.status() == Status.CONSOLIDATED) {
            return new Consolidated(request, false);
        }
        requireOpen(request);
        List<Long> originals = request.items().stream().map(Item::trckNmrFol).toList();
        List<ShipmentRepository.Locked> locked = originals.stream()
                .map(trck -> lockConsolidable(warehouse, trck))
                .toList();
        Instant now = clock.instant();
        long into = createShipment(warehouse, staff, requestId, locked.getFirst(), originals, parcel, now);
        for (long trck : originals) {
            shipments.insertEvent(
                    trck,
                    new TrackingEvent(
                            ShipmentStatus.CONSOLIDATED,
                            now,
                            now,
                            warehouse.iataCode(),
                            "Consolidated into shipment " + into,
                            true,
                            staff));
            shipments.updateStatus(trck, ShipmentStatus.CONSOLIDATED, null);
            shipments.audit(trck, now, staff, "CONSOLIDATED", "into shipment " + into + ", request " + requestId);
        }
        requests.markConsolidated(requestId, into, now, staff);
        news.consolidated(
                new ShipmentNews.Owner(locked.getFirst().copaId(), request.boxId()),
                requestId,
                into,
                originals,
                warehouse.code(),
                now,
                staff);
        invoices.holdIfUndocumented(into, staff, now);
        return new Consolidated(requests.find(requestId).orElseThrow(), true);
    }

    /** Refuses an open request; the reason is the customer's to read. */
    @Transactional
    public ConsolidationRequest refuse(Warehouse warehouse, String staff, long requestId, String reason) {
        ConsolidationRequest request = lockInWarehouse(warehouse, requestId);
        requireOpen(request);
        Instant now = clock.instant();
        requests.markRefused(requestId, reason, now, staff);
        for (Item item : request.items()) {
            shipments.audit(
                    item.trckNmrFol(), now, staff, "CONSOLIDATION_REFUSED", "request " + requestId + ": " + reason);
        }
        List<Long> trcks = request.items().stream().map(Item::trckNmrFol).toList();
        int copaId = shipments.lock(trcks.getFirst()).orElseThrow().copaId();
        news.consolidationRefused(
                new ShipmentNews.Owner(copaId, request.boxId()), requestId, trcks, reason, now, staff);
        return requests.find(requestId).orElseThrow();
    }

    /** The new shipment holding copies of the originals' pieces, received now: answers its number. */
    private long createShipment(
            Warehouse warehouse,
            String staff,
            long requestId,
            ShipmentRepository.Locked first,
            List<Long> originals,
            @Nullable Parcel parcel,
            Instant now) {
        int divisor = rules.volumetricDivisor(first.copaId());
        Parcel box = parcel != null ? parcel : requests.combined(originals);
        long into = shipments.nextTrckNmrFol();
        shipments.insert(into, first.custId(), first.copaId(), warehouse.code(), now, box, divisor);
        if (requests.copyPieces(originals, into) < originals.size()) {
            throw new IllegalStateException("Shipments " + originals + " have fewer pieces than shipments");
        }
        requests.copyInvoiceLines(originals, into);
        String from = originals.stream().map(String::valueOf).collect(Collectors.joining(", "));
        shipments.insertEvent(
                into,
                new TrackingEvent(
                        ShipmentStatus.RECEIVED,
                        now,
                        now,
                        warehouse.iataCode(),
                        "Consolidation of " + originals.size() + " shipments",
                        true,
                        staff));
        shipments.audit(into, now, staff, "CONSOLIDATED", "from shipments " + from + ", request " + requestId);
        return into;
    }

    private ShipmentRepository.Locked lockConsolidable(Warehouse warehouse, long trck) {
        ShipmentRepository.Locked locked = shipments.lock(trck).orElseThrow();
        if (!locked.warehouseCode().equals(warehouse.code())) {
            throw ShipmentNotConsolidable.elsewhere();
        }
        if (locked.status() != ShipmentStatus.RECEIVED) {
            throw ShipmentNotConsolidable.moved(trck, locked.status());
        }
        Set<HoldReason> holds = shipments.openHolds(trck);
        if (!holds.isEmpty()) {
            throw ShipmentNotConsolidable.held(
                    trck, holds.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        return locked;
    }

    /** The request, its row locked, if it is the warehouse's; otherwise it is not found. */
    private ConsolidationRequest lockInWarehouse(Warehouse warehouse, long requestId) {
        if (!requests.lock(requestId)) {
            throw new ConsolidationRequestNotFound();
        }
        return requests.find(requestId)
                .filter(request -> request.warehouseCode().equals(warehouse.code()))
                .orElseThrow(ConsolidationRequestNotFound::new);
    }

    private static void requireOpen(ConsolidationRequest request) {
        if (request.status() != Status.OPEN) {
            throw new ConsolidationRequestDecided(request.requestId(), request.status(), request.consolidatedInto());
        }
    }
}
