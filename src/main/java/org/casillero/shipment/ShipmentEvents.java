package org.casillero.shipment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casillero.shared.BoxException;
import org.casillero.shared.InvalidField;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Staff append tracking events to their warehouse's shipments, one at a time or a manifest's worth
 * at once. Each event enters the status of its code if the transition table allows it from the
 * shipment's status, and is refused otherwise (nothing stored); REC, PRO and CUT are recorded by
 * intake and processing only, CON by consolidation. An event dated before the shipment's latest one is refused: the
 * status is the newest event's, and the customer reads the events newest first.
 */
@Service
public class ShipmentEvents {
    /** How far ahead of the server's clock an event may be dated (scanners' clocks drift). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** What a shipment held in customs may not reach until the hold is cleared. */
    private static final Set<ShipmentStatus> PAST_CUSTOMS = EnumSet.of(
            ShipmentStatus.RELEASED,
            ShipmentStatus.OUT_FOR_DELIVERY,
            ShipmentStatus.DELIVERY_FAILED,
            ShipmentStatus.DELIVERED);

    private static final Set<ShipmentStatus> BY_PROCESS = EnumSet.of(
            ShipmentStatus.RECEIVED,
            ShipmentStatus.PROCESSED,
            ShipmentStatus.AWAITING_PAYMENT,
            ShipmentStatus.CONSOLIDATED);

    private final ShipmentRepository shipments;
    private final InvoiceRequirement invoices;
    private final ShipmentNews news;
    private final Clock clock;
    private final TransactionOperations transactions;

    ShipmentEvents(
            ShipmentRepository shipments,
            InvoiceRequirement invoices,
            ShipmentNews news,
            Clock clock,
            TransactionOperations transactions) {
        this.shipments = shipments;
        this.invoices = invoices;
        this.news = news;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * An event as staff send it: its code, when it happened (now if null), where (the warehouse's
     * airport if null), an observation, and whether the customer sees it.
     */
    public record NewEvent(
            String code,
            @Nullable Instant occurredAt,
            @Nullable String iataCode,
            String observation,
            boolean visible) {}

    /** One event of a batch: the shipment it is for. */
    public record ForShipment(long trckNmrFol, NewEvent event) {}

    /** What became of one event of a batch: recorded (the status entered), or why not. */
    public record Outcome(
            long trckNmrFol,
            @Nullable ShipmentStatus status,
            @Nullable String problem) {}

    /**
     * Appends one event; answers the status the shipment is in now. Before a manifest the invoice
     * rule of the box's country (now) is checked again, in a transaction of its own: a hold it raises
     * stays, and the manifest is then refused for it as for any hold.
     */
    public ShipmentStatus append(Warehouse warehouse, String staff, long trckNmrFol, NewEvent event) {
        ShipmentStatus next = statusOf(event.code());
        Instant occurredAt = occurredAt(event.occurredAt());
        if (next == ShipmentStatus.MANIFESTED) {
            transactions.executeWithoutResult(status -> holdForInvoice(warehouse, staff, trckNmrFol));
        }
        return Objects.requireNonNull(
                transactions.execute(status -> apply(warehouse, staff, trckNmrFol, next, occurredAt, event)));
    }

    /** Appends each event in a transaction of its own: one refused leaves the others recorded. */
    public List<Outcome> appendAll(Warehouse warehouse, String staff, List<ForShipment> events) {
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (ForShipment each : events) {
            try {
                outcomes.add(new Outcome(
                        each.trckNmrFol(), append(warehouse, staff, each.trckNmrFol(), each.event()), null));
            } catch (BoxException refused) {
                outcomes.add(new Outcome(each.trckNmrFol(), null, refused.description()));
            }
        }
        return outcomes;
    }

    private ShipmentStatus apply(
            Warehouse warehouse,
            String staff,
            long trckNmrFol,
            ShipmentStatus next,
            Instant occurredAt,
            NewEvent event) {
        ShipmentRepository.Locked current = shipments.lockIn(warehouse.code(), trckNmrFol);
        if (!current.status().mayMoveTo(next)) {
            throw new TransitionNotAllowed(trckNmrFol, current.status(), next);
        }
        Set<HoldReason> holds = shipments.openHolds(trckNmrFol);
        if (next == ShipmentStatus.MANIFESTED && !holds.isEmpty()) {
            throw new ShipmentHeld(trckNmrFol, next, holds);
        }
        if (PAST_CUSTOMS.contains(next) && holds.contains(HoldReason.CUSTOMS)) {
            throw new ShipmentHeld(trckNmrFol, next, Set.of(HoldReason.CUSTOMS));
        }
        if (occurredAt.isBefore(shipments.lastEventAt(trckNmrFol))) {
            throw new InvalidField("occurredAt", "must not be before the shipment's latest event");
        }
        Instant now = clock.instant();
        String iata = event.iataCode() == null ? warehouse.iataCode() : event.iataCode();
        TrackingEvent recorded =
                new TrackingEvent(next, occurredAt, now, iata, event.observation(), event.visible(), staff);
        shipments.insertEvent(trckNmrFol, recorded);
        shipments.updateStatus(trckNmrFol, next, next == ShipmentStatus.MANIFESTED ? occurredAt : null);
        shipments.audit(trckNmrFol, now, staff, "EVENT", next.code() + " at " + iata);
        news.statusChanged(news.ownerOf(current), trckNmrFol, recorded);
        return next;
    }

    /** Holds a shipment that could be manifested now for the invoice its destination wants and it lacks. */
    private void holdForInvoice(Warehouse warehouse, String staff, long trckNmrFol) {
        if (shipments.lockIn(warehouse.code(), trckNmrFol).status().mayMoveTo(ShipmentStatus.MANIFESTED)) {
            invoices.holdIfUndocumented(trckNmrFol, staff, clock.instant());
        }
    }

    private static ShipmentStatus statusOf(String code) {
        ShipmentStatus status = ShipmentStatus.ofCode(code)
                .orElseThrow(() -> new InvalidField("code", "is not a tracking code (README, shipment statuses)"));
        if (BY_PROCESS.contains(status)) {
            throw new InvalidField(
                    "code",
                    "is recorded by receiving (REC), processing (PRO, CUT) or consolidating (CON), not as an event");
        }
        return status;
    }

    private Instant occurredAt(@Nullable Instant occurredAt) {
        Instant now = clock.instant();
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidField("occurredAt", "must not be in the future");
        }
        return occurredAt;
    }
}
