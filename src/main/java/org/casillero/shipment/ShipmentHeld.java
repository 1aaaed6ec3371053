package org.casillero.shipment;

import java.util.Set;
import java.util.stream.Collectors;
import org.casillero.shared.BoxException;

/** A tracking event that an open hold forbids until staff clear it. */
public final class ShipmentHeld extends BoxException {
    ShipmentHeld(long trckNmrFol, ShipmentStatus next, Set<HoldReason> holds) {
        super(
                "Shipment " + trckNmrFol + " cannot move to " + next.code() + " while held: "
                        + holds.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".",
                "code");
    }
}
