package org.casillero.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff raise and clear holds on their warehouse's shipments (README, "Holds"). */
@Service
public class ShipmentHolds {
    private final ShipmentRepository shipments;
    private final Clock clock;

    ShipmentHolds(ShipmentRepository shipments, Clock clock) {
        this.shipments = shipments;
        this.clock = clock;
    }

    /** Raises a hold (raising one already open changes nothing); answers the open holds. */
    @Transactional
    public Set<HoldReason> raise(Warehouse warehouse, String staff, long trckNmrFol, HoldReason reason) {
        shipments.lockIn(warehouse.code(), trckNmrFol);
        if (!shipments.openHolds(trckNmrFol).contains(reason)) {
            Instant now = clock.instant();
            shipments.raiseHold(trckNmrFol, reason, now, staff);
            shipments.audit(trckNmrFol, now, staff, "HOLD_RAISED", reason.name());
        }
        return shipments.openHolds(trckNmrFol);
    }

    /** Clears a hold (clearing one not open changes nothing); answers the open holds. */
    @Transactional
    public Set<HoldReason> clear(Warehouse warehouse, String staff, long trckNmrFol, HoldReason reason) {
        shipments.lockIn(warehouse.code(), trckNmrFol);
        Instant now = clock.instant();
        if (shipments.clearHold(trckNmrFol, reason, now, staff)) {
            shipments.audit(trckNmrFol, now, staff, "HOLD_CLEARED", reason.name());
        }
        return shipments.openHolds(trckNmrFol);
    }
}
