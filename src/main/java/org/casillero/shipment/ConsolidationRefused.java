package org.casillero.shipment;

import java.time.Instant;
import java.util.List;
import org.casillero.shared.DomainEvent;

/** Staff refused a consolidation request, with a reason for the customer (README, "Consolidation" and "Domain events"). */
public record ConsolidationRefused(
        int copaId,
        long customerBoxId,
        long requestId,
        List<Long> trckNmrFols,
        String reason,
        Instant refusedAt,
        String refusedBy)
        implements DomainEvent {}
