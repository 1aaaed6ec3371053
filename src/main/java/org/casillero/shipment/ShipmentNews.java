package org.casillero.shipment;

import java.time.Instant;
import org.casillero.customer.BoxDirectory;
import org.casillero.customer.BoxHolder;
import org.casillero.warehouse.Warehouse;
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
}
