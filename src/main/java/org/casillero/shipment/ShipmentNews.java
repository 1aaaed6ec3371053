package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.casillero.customer.BoxDirectory;
import org.casillero.customer.BoxHolder;
import org.casillero.rating.Tariff;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what happens to shipments as domain events, inside the caller's transaction, beside its
 * audit entry: the event is stored with the change and its listeners run after the commit (README,
 * "Domain events").
 */
@Component
class ShipmentNews {
    private final ApplicationEventPublisher events;
    private final BoxDirectory boxes;

    ShipmentNews(ApplicationEventPublisher events, BoxDirectory boxes) {
        this.events = events;
        this.boxes = boxes;
    }

    void received(long trckNmrFol, BoxHolder box, Warehouse warehouse, NewPackage received, Instant at, String staff) {
        events.publishEvent(new PackageReceived(
                box.copaId(),
                box.boxId(),
                trckNmrFol,
                warehouse.code(),
                received.courierCode(),
                received.inboundTracking(),
                at,
                staff));
    }

    void leftUnidentified(
            long packageId, Warehouse warehouse, String label, NewPackage received, Instant at, String staff) {
        events.publishEvent(new PackageLeftUnidentified(
                packageId, warehouse.code(), label, received.courierCode(), received.inboundTracking(), at, staff));
    }

    void assigned(
            long trckNmrFol,
            BoxHolder box,
            UnidentifiedPackage waiting,
            Warehouse warehouse,
            Instant at,
            String staff) {
        events.publishEvent(new PackageAssigned(
                box.copaId(),
                box.boxId(),
                trckNmrFol,
                waiting.packageId(),
                warehouse.code(),
                waiting.receivedAt(),
                at,
                staff));
    }

    /** The partner and the box a shipment is for, as its events name them. */
    record Owner(int copaId, long customerBoxId) {}

    /** The owner of a shipment the caller holds by its row: its box id asked of the customer module. */
    Owner ownerOf(ShipmentRepository.Locked shipment) {
        return new Owner(shipment.copaId(), boxes.boxIdOf(shipment.custId()));
    }

    void holdRaised(
            Owner owner, long trckNmrFol, HoldReason reason, boolean byRule, boolean takenOver, Instant at, String by) {
        events.publishEvent(
                new HoldRaised(owner.copaId(), owner.customerBoxId(), trckNmrFol, reason, byRule, takenOver, at, by));
    }

    void holdCleared(Owner owner, long trckNmrFol, HoldReason reason, boolean byInvoice, Instant at, String by) {
        events.publishEvent(
                new HoldCleared(owner.copaId(), owner.customerBoxId(), trckNmrFol, reason, byInvoice, at, by));
    }

    void processed(
            Owner owner,
            long trckNmrFol,
            BigDecimal chargedWeight,
            Tariff.Charges charges,
            boolean overridden,
            Instant at,
            String staff) {
        events.publishEvent(new ShipmentProcessed(
                owner.copaId(),
                owner.customerBoxId(),
                trckNmrFol,
                chargedWeight,
                charges.rate(),
                charges.discount(),
                overridden,
                at,
                staff));
    }

    void statusChanged(Owner owner, long trckNmrFol, TrackingEvent event) {
        events.publishEvent(new ShipmentStatusChanged(
                owner.copaId(),
                owner.customerBoxId(),
                trckNmrFol,
                event.status(),
                event.status().code(),
                event.occurredAt(),
                event.iataCode(),
                event.visible(),
                event.recordedBy()));
    }

    void invoiceProvided(Owner owner, long trckNmrFol, int lines, @Nullable Long invoiceId, Instant at, String actor) {
        events.publishEvent(
                new InvoiceProvided(owner.copaId(), owner.customerBoxId(), trckNmrFol, lines, invoiceId, at, actor));
    }

    void consolidationRequested(
            int copaId, long boxId, long requestId, String warehouseCode, List<Long> trcks, Instant at, String actor) {
        events.publishEvent(
                new ConsolidationRequested(copaId, boxId, requestId, warehouseCode, List.copyOf(trcks), at, actor));
    }

    void consolidated(
            Owner owner, long requestId, long into, List<Long> from, String warehouseCode, Instant at, String staff) {
        events.publishEvent(new ShipmentsConsolidated(
                owner.copaId(), owner.customerBoxId(), requestId, into, List.copyOf(from), warehouseCode, at, staff));
    }

    void consolidationRefused(Owner owner, long requestId, List<Long> trcks, String reason, Instant at, String staff) {
        events.publishEvent(new ConsolidationRefused(
                owner.copaId(), owner.customerBoxId(), requestId, List.copyOf(trcks), reason, at, staff));
    }
}
