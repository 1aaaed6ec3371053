package org.casillero.warehouseapi;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/** The combined box as weighed and measured; without it, the shipments' weights added up and the longest sides. */
record ConsolidationOrder(@Valid @Nullable Measured measures) {}
