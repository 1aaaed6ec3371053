package org.casillero.shipment.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The body of get-shipment-info: the shipment's number (clients also send {@code language_code}, ignored). */
record ShipmentInfoRequest(@NotNull @Nullable Long trckNmrFol) {}
