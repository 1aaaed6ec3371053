package org.casillero.warehouseapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a consolidation request is refused, for the customer to read. */
record Refusal(@NotBlank @Size(max = 500) @Nullable String reason) {}
