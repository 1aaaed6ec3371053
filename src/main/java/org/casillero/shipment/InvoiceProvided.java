package org.casillero.shipment;

import java.time.Instant;
import org.casillero.shared.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A shipment's commercial invoice was given (README, "Invoices" and "Domain events"): typed lines,
 * or the bytes of a registered file ({@code invoiceId}).
 *
 * @param lines how many typed lines, 0 for a file
 * @param invoiceId the file's id, null for typed lines
 */
public record InvoiceProvided(
        int copaId,
        long customerBoxId,
        long trckNmrFol,
        int lines,
        @Nullable Long invoiceId,
        Instant providedAt,
        String providedBy)
        implements DomainEvent {}
