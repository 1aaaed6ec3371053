package org.casillero.shipment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A package whose label names no box that can receive it: what the label says, the package as
 * scanned, when and by whom; once staff assign it, the shipment it became.
 */
public record UnidentifiedPackage(
        long packageId,
        String warehouseCode,
        String labelText,
        NewPackage received,
        Instant receivedAt,
        String receivedBy,
        @Nullable Long assignedTo) {}
