package org.casillero.shipment;

import java.time.Instant;
import java.util.List;
import org.casillero.shared.DomainEvent;

/**
 * Staff consolidated a request: its shipments are CONSOLIDATED into a new one, RECEIVED (README,
 * "Consolidation" and "Domain events").
 *
 * @param into the new shipment
 * @param from the shipments consolidated into it
 */
public record ShipmentsConsolidated(
        int copaId,
        long customerBoxId,
        long requestId,
        long into,
        List<Long> from,
        String warehouseCode,
        Instant consolidatedAt,
        String consolidatedBy)
        implements DomainEvent {}
