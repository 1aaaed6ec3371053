package org.casillero.warehouseapi;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/** The box an unidentified package is given to. */
record Assignment(@NotNull @Positive @Nullable Long boxId) {}
