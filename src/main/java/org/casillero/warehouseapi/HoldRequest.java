package org.casillero.warehouseapi;

import jakarta.validation.constraints.NotNull;
import org.casillero.shipment.HoldReason;
import org.jspecify.annotations.Nullable;

/** The hold to raise or to clear. */
record HoldRequest(@NotNull @Nullable HoldReason reason) {}
