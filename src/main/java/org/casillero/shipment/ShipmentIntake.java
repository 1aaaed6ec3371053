package org.casillero.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.customer.BoxDirectory;
import org.casillero.customer.BoxHolder;
import org.casillero.rating.RatingRules;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The warehouse receives a package for a box, named by its box id or by the suite printed on the
 * label ({@code MX811111}: the address country's ISO code and the box id). A new shipment (its own
 * {@code trck_nmr_fol}) holds it as its first piece, RECEIVED, with a REC event the customer sees at
 * once. A label that names no box able to receive packages puts the package in the warehouse's
 * unidentified queue, with what the label says, until staff assign it to a box. Receiving is
 * idempotent on courier and inbound tracking within a warehouse: a second scan of the same package
 * there answers what the first one made, and creates nothing. Another warehouse's scan of the same
 * courier and number makes that warehouse's own shipment, as for a number never seen: no warehouse
 * learns of another's packages. A package whose destination country's invoice rule wants a
 * commercial invoice ({@link org.casillero.rating.InvoiceRule}) is held for it (INVOICE_REQUIRED) from the start.
 */
@Service
public class ShipmentIntake {
    private static final Pattern SUITE = Pattern.compile("\\s*([A-Za-z]{2})?\\s*0*([0-9]{1,18})\\s*");

    private final ShipmentRepository shipments;
    private final UnidentifiedRepository unidentified;
    private final RatingRules rules;
    private final InvoiceRequirement invoices;
    private final ShipmentNews news;
    private final BoxDirectory boxes;
    private final Clock clock;
    private final TransactionOperations transactions;

    ShipmentIntake(
            ShipmentRepository shipments,
            UnidentifiedRepository unidentified,
            RatingRules rules,
            InvoiceRequirement invoices,
            ShipmentNews news,
            BoxDirectory boxes,
            Clock clock,
            TransactionOperations transactions) {
        this.shipments = shipments;
        this.unidentified = unidentified;
        this.rules = rules;
        this.invoices = invoices;
        this.news = news;
        this.boxes = boxes;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * What a scan made, or found made by an earlier scan: a shipment, or an unidentified package.
     */
    public record Receipt(
            @Nullable Long trckNmrFol, @Nullable Long unidentifiedId, boolean created) {
        static Receipt shipment(long trckNmrFol, boolean created) {
            return new Receipt(trckNmrFol, null, created);
        }

        static Receipt unidentified(long packageId, boolean created) {
            return new Receipt(null, packageId, created);
        }
    }

    /** @param boxId the box, or null to read it from {@code suite} */
    public Receipt receive(
            Warehouse warehouse, String staff, @Nullable Long boxId, @Nullable String suite, NewPackage received) {
        Optional<Receipt> earlier = earlierScan(warehouse, received);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<BoxHolder> box = resolve(boxId, suite);
        try {
            return Objects.requireNonNull(transactions.execute(status -> {
                Instant now = clock.instant();
                if (box.isEmpty()) {
                    String label = boxId != null ? "box " + boxId : Objects.requireNonNullElse(suite, "");
                    long packageId = unidentified.insert(warehouse.code(), label, received, now, staff);
                    news.leftUnidentified(packageId, warehouse, label, received, now, staff);
                    return Receipt.unidentified(packageId, true);
                }
                long trck = create(warehouse, staff, box.get(), received, now, now);
                shipments.audit(
                        trck,
                        now,
                        staff,
                        "RECEIVED",
                        "box " + box.get().boxId() + ", " + received.courierCode() + " " + received.inboundTracking());
                news.received(trck, box.get(), warehouse, received, now, staff);
                holdForInvoice(trck, box.get(), received, now, staff);
                return Receipt.shipment(trck, true);
            }));
        } catch (DuplicateKeyException concurrentScan) {
            return earlierScan(warehouse, received).orElseThrow(() -> concurrentScan);
        }
    }

    /** A page of the warehouse's packages waiting to be assigned to a box, oldest first: {@code limit} after {@code after}. */
    @Transactional(readOnly = true)
    public Page<UnidentifiedPackage> unidentified(Warehouse warehouse, int limit, Page.@Nullable Position after) {
        return Page.of(
                unidentified.open(warehouse.code(), limit + 1, after),
                limit,
                waiting -> new Page.Position(waiting.receivedAt(), waiting.packageId()));
    }

    /**
     * Assigns an unidentified package to a box: it becomes that box's shipment, received when the
     * package was. Assigning it again answers the same shipment.
     */
    public long assign(Warehouse warehouse, String staff, long packageId, long boxId) {
        BoxHolder box = boxes.find(boxId).filter(BoxHolder::enabled).orElseThrow(() -> new UnknownBox("boxId"));
        return Objects.requireNonNull(transactions.execute(status -> {
            UnidentifiedPackage waiting = unidentified
                    .lock(packageId)
                    .filter(found -> found.warehouseCode().equals(warehouse.code()))
                    .orElseThrow(UnidentifiedNotFound::new);
            if (waiting.assignedTo() != null) {
                return waiting.assignedTo();
            }
            Optional<Long> received = shipments.findByInbound(
                    warehouse.code(),
                    waiting.received().courierCode(),
                    waiting.received().inboundTracking());
            if (received.isPresent()) {
                throw new PackageAlreadyReceived(received.get());
            }
            Instant now = clock.instant();
            long trck = create(warehouse, staff, box, waiting.received(), waiting.receivedAt(), now);
            unidentified.assign(packageId, trck, now, staff);
            shipments.audit(
                    trck,
                    now,
                    staff,
                    "ASSIGNED",
                    "unidentified package " + packageId + " (label: " + waiting.labelText() + ") to box " + boxId);
            news.assigned(trck, box, waiting, warehouse, now, staff);
            holdForInvoice(trck, box, waiting.received(), now, staff);
            return trck;
        }));
    }

    /**
     * A new shipment holding the package as its first piece, with its REC event: call inside a
     * transaction.
     */
    private long create(
            Warehouse warehouse, String staff, BoxHolder box, NewPackage received, Instant receivedAt, Instant now) {
        int divisor = rules.volumetricDivisor(box.copaId());
        long trck = shipments.nextTrckNmrFol();
        shipments.insert(trck, box.custId(), box.copaId(), warehouse.code(), receivedAt, received.parcel(), divisor);
        shipments.insertPiece(trck, warehouse.code(), received.asPiece(1));
        shipments.insertEvent(
                trck,
                new TrackingEvent(ShipmentStatus.RECEIVED, receivedAt, now, warehouse.iataCode(), "", true, staff));
        return trck;
    }

    /**
     * Holds the new shipment for its invoice when its destination country's rule wants one: after
     * the shipment's own event, so that its listeners hear of the package before of its hold.
     */
    private void holdForInvoice(long trck, BoxHolder box, NewPackage received, Instant now, String staff) {
        rules.invoiceRule(box.countryIsoCode())
                .flatMap(rule -> rule.reasonFor(received.declaredValue(), List.of(received.familyProductCode())))
                .ifPresent(reason ->
                        invoices.hold(new ShipmentNews.Owner(box.copaId(), box.boxId()), trck, now, staff, reason));
    }

    /** What an earlier scan of the package in this warehouse made: another warehouse's scans are not its own. */
    private Optional<Receipt> earlierScan(Warehouse warehouse, NewPackage received) {
        Optional<Receipt> shipment = shipments
                .findByInbound(warehouse.code(), received.courierCode(), received.inboundTracking())
                .map(trck -> Receipt.shipment(trck, false));
        return shipment.isPresent()
                ? shipment
                : unidentified
                        .findByInbound(warehouse.code(), received.courierCode(), received.inboundTracking())
                        .map(id -> Receipt.unidentified(id, false));
    }

    /** The box the scan names, if it names one that can receive packages. */
    private Optional<BoxHolder> resolve(@Nullable Long boxId, @Nullable String suite) {
        if (boxId != null) {
            return boxes.find(boxId).filter(BoxHolder::enabled);
        }
        Matcher label = SUITE.matcher(suite == null ? "" : suite);
        if (!label.matches()) {
            return Optional.empty();
        }
        String country = label.group(1);
        return boxes.find(Long.parseLong(label.group(2)))
                .filter(BoxHolder::enabled)
                .filter(box -> country == null || country.equalsIgnoreCase(box.countryIsoCode()));
    }
}
