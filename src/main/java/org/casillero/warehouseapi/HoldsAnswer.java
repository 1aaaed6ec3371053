package org.casillero.warehouseapi;

import java.util.List;
import java.util.Set;
import org.casillero.shipment.HoldReason;

/** The holds a shipment has now, by name. */
record HoldsAnswer(long trckNmrFol, List<String> holds) {
    static HoldsAnswer of(long trckNmrFol, Set<HoldReason> holds) {
        return new HoldsAnswer(
                trckNmrFol, holds.stream().map(Enum::name).sorted().toList());
    }
}
