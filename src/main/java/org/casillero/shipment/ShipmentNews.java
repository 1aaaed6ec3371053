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
    private final ShipmentRepository shipments;
    private final BoxDirectory boxes;

    ShipmentNews(ApplicationEventPublisher events, ShipmentRepository shipments, BoxDirectory boxes) {
        this.events = events;
        this.shipments = shipments;
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

    void holdRaised(long trckNmrFol, HoldReason reason, boolean byRule, boolean takenOver, Instant at, String by) {
        ShipmentRepository.Locked shipment = shipments.lock(trckNmrFol).orElseThrow(ShipmentNotFound::new);
        events.publishEvent(new HoldRaised(
                shipment.copaId(), boxes.boxIdOf(shipment.custId()), trckNmrFol, reason, byRule, takenOver, at, by));
    }

    void holdCleared(long trckNmrFol, HoldReason reason, boolean byInvoice, Instant at, String by) {
        ShipmentRepository.Locked shipment = shipments.lock(trckNmrFol).orElseThrow(ShipmentNotFound::new);
        events.publishEvent(new HoldCleared(
                shipment.copaId(), boxes.boxIdOf(shipment.custId()), trckNmrFol, reason, byInvoice, at, by));
    }

    void processed(
            ShipmentRepository.Locked shipment,
            long trckNmrFol,
            BigDecimal chargedWeight,
            Tariff.Charges charges,
            boolean overridden,
            Instant at,
            String staff) {
        events.publishEvent(new ShipmentProcessed(
                shipment.copaId(),
                boxes.boxIdOf(shipment.custId()),
                trckNmrFol,
                chargedWeight,
                charges.rate(),
                charges.discount(),
                overridden,
                at,
                staff));
    }

    void statusChanged(ShipmentRepository.Locked shipment, long trckNmrFol, TrackingEvent event) {
        events.publishEvent(new ShipmentStatusChanged(
                shipment.copaId(),
                boxes.boxIdOf(shipment.custId()),
                trckNmrFol,
                event.status(),
                event.status().code(),
                event.occurredAt(),
                event.iataCode(),
                event.visible(),
                event.recordedBy()));
    }

    void invoiceProvided(long trckNmrFol, int lines, @Nullable Long invoiceId, Instant at, String actor) {
        ShipmentRepository.Locked shipment = shipments.lock(trckNmrFol).orElseThrow(ShipmentNotFound::new);
        events.publishEvent(new InvoiceProvided(
                shipment.copaId(), boxes.boxIdOf(shipment.custId()), trckNmrFol, lines, invoiceId, at, actor));
    }

    void consolidationRequested(
            int copaId, long boxId, long requestId, String warehouseCode, List<Long> trcks, Instant at, String actor) {
        events.publishEvent(
                new ConsolidationRequested(copaId, boxId, requestId, warehouseCode, List.copyOf(trcks), at, actor));
    }

    void consolidated(
            ShipmentRepository.Locked first,
            long requestId,
            long into,
            List<Long> from,
            String warehouseCode,
            Instant at,
            String staff) {
        events.publishEvent(new ShipmentsConsolidated(
                first.copaId(),
                boxes.boxIdOf(first.custId()),
                requestId,
                into,
                List.copyOf(from),
                warehouseCode,
                at,
                staff));
    }

    void consolidationRefused(long requestId, List<Long> trcks, String reason, Instant at, String staff) {
        ShipmentRepository.Locked first = shipments.lock(trcks.getFirst()).orElseThrow(ShipmentNotFound::new);
        events.publishEvent(new ConsolidationRefused(
                first.copaId(), boxes.boxIdOf(first.custId()), requestId, List.copyOf(trcks), reason, at, staff));
    }
}
