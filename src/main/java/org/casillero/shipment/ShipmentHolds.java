package org.casillero.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.casillero.warehouse.Warehouse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff raise and clear holds on their warehouse's shipments (README, "Holds"). */
@Service
public class ShipmentHolds {
    private final ShipmentRepository shipments;
    private final ShipmentNews news;
    private final Clock clock;

    ShipmentHolds(ShipmentRepository shipments, ShipmentNews news, Clock clock) {
        this.shipments = shipments;
        this.news = news;
        this.clock = clock;
    }

    /**
     * Raises a hold; answers the open holds. Raising one already open changes nothing, except that an
     * invoice hold an invoice rule raised becomes staff's: from then on only staff clear it, whatever
     * invoice the customer gives.
     */
    @Transactional
    public Set<HoldReason> raise(Warehouse warehouse, String staff, long trckNmrFol, HoldReason reason) {
        ShipmentRepository.Locked shipment = shipments.lockIn(warehouse.code(), trckNmrFol);
        Instant now = clock.instant();
        if (!shipments.openHolds(trckNmrFol).contains(reason)) {
            shipments.raiseHold(trckNmrFol, reason, now, staff, false);
            shipments.audit(trckNmrFol, now, staff, "HOLD_RAISED", reason.name());
            news.holdRaised(news.ownerOf(shipment), trckNmrFol, reason, false, false, now, staff);
        } else if (shipments.takeOverRuleHold(trckNmrFol, reason)) {
            shipments.audit(trckNmrFol, now, staff, "HOLD_RAISED", reason.name() + " (staff's now, not the rule's)");
            news.holdRaised(news.ownerOf(shipment), trckNmrFol, reason, false, true, now, staff);
        }
        return shipments.openHolds(trckNmrFol);
    }

    /** Clears a hold (clearing one not open changes nothing); answers the open holds. */
    @Transactional
    public Set<HoldReason> clear(Warehouse warehouse, String staff, long trckNmrFol, HoldReason reason) {
        ShipmentRepository.Locked shipment = shipments.lockIn(warehouse.code(), trckNmrFol);
        Instant now = clock.instant();
        if (shipments.clearHold(trckNmrFol, reason, now, staff)) {
            shipments.audit(trckNmrFol, now, staff, "HOLD_CLEARED", reason.name());
            news.holdCleared(news.ownerOf(shipment), trckNmrFol, reason, false, now, staff);
        }
        return shipments.openHolds(trckNmrFol);
    }
}
