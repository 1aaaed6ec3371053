package org.casillero.shipment;

import java.time.Instant;
import java.util.List;
import org.casillero.shared.DomainEvent;

/** A customer asked its warehouse to consolidate shipments into one (README, "Consolidation" and "Domain events"). */
public record ConsolidationRequested(
        int copaId,
        long customerBoxId,
        long requestId,
        String warehouseCode,
        List<Long> trckNmrFols,
        Instant requestedAt,
        String requestedBy)
        implements DomainEvent {}
