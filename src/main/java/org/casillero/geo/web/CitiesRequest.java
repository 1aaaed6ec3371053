package org.casillero.geo.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The body of geographic-get-cities. */
record CitiesRequest(@NotNull @Nullable Integer stateCode) {}
