package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import org.casillero.shared.DomainEvent;

/**
 * Staff processed a shipment: weighed, measured and charged, it is PROCESSED and then AWAITING
 * PAYMENT (CUT) (README, "Domain events").
 *
 * @param chargedWeight in pounds, the greater of the actual and the volumetric weight
 * @param chargesOverridden whether staff set the rate and discount instead of the tariff
 */
public record ShipmentProcessed(
        int copaId,
        long customerBoxId,
        long trckNmrFol,
        BigDecimal chargedWeight,
        BigDecimal rate,
        BigDecimal discount,
        boolean chargesOverridden,
        Instant processedAt,
        String processedBy)
        implements DomainEvent {}
