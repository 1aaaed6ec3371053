package org.casillero.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casillero.customer.BoxDirectory;
import org.casillero.customer.BoxHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The warehouse receives a package for a box, named by its box id or by the suite printed on the
 * label ({@code MX811111}: the address country's ISO code and the box id). A new shipment (its own
 * {@code trck_nmr_fol}) holds it as its first piece, RECEIVED, with a REC event the customer sees at
 * once. Receiving is idempotent on courier and inbound tracking: a second scan of the same package
 * answers the shipment the first one made, and creates nothing.
 */
@Service
public class ShipmentIntake {
    private static final Pattern SUITE = Pattern.compile("\\s*([A-Za-z]{2})?\\s*0*([0-9]{1,18})\\s*");

    private final ShipmentRepository shipments;
    private final TariffRepository tariffs;
    private final BoxDirectory boxes;
    private final Clock clock;
    private final TransactionOperations transactions;

    ShipmentIntake(
            ShipmentRepository shipments,
            TariffRepository tariffs,
            BoxDirectory boxes,
            Clock clock,
            TransactionOperations transactions) {
        this.shipments = shipments;
        this.tariffs = tariffs;
        this.boxes = boxes;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The shipment that holds the package, and whether this scan made it. */
    public record Receipt(long trckNmrFol, boolean created) {}

    /** @param boxId the box, or null to read it from {@code suite} */
    public Receipt receive(
            Warehouse warehouse, String staff, @Nullable Long boxId, @Nullable String suite, NewPackage received) {
        BoxHolder box = resolve(boxId, suite);
        Optional<Long> existing = shipments.findByInbound(received.courierCode(), received.inboundTracking());
        if (existing.isPresent()) {
            return new Receipt(existing.get(), false);
        }
        int divisor = tariffs.find(box.copaId()).map(Tariff::volumetricDivisor).orElse(Tariff.DEFAULT_DIVISOR);
        try {
            return Objects.requireNonNull(transactions.execute(status -> {
                Instant now = clock.instant();
                long trck = shipments.nextTrckNmrFol();
                shipments.insert(trck, box.custId(), box.copaId(), warehouse.code(), now, received.parcel(), divisor);
                shipments.insertPiece(trck, received.asPiece(1));
                shipments.insertEvent(
                        trck,
                        new TrackingEvent(ShipmentStatus.RECEIVED, now, now, warehouse.iataCode(), "", true, staff));
                shipments.audit(
                        trck,
                        now,
                        staff,
                        "RECEIVED",
                        "box " + box.boxId() + ", " + received.courierCode().strip() + " "
                                + received.inboundTracking());
                return new Receipt(trck, true);
            }));
        } catch (DuplicateKeyException concurrentScan) {
            return new Receipt(
                    shipments
                            .findByInbound(received.courierCode(), received.inboundTracking())
                            .orElseThrow(() -> concurrentScan),
                    false);
        }
    }

    private BoxHolder resolve(@Nullable Long boxId, @Nullable String suite) {
        if (boxId != null) {
            return boxes.find(boxId).filter(BoxHolder::enabled).orElseThrow(() -> new UnknownBox("box_id"));
        }
        Matcher label = SUITE.matcher(suite == null ? "" : suite);
        if (!label.matches()) {
            throw new UnknownBox("suite");
        }
        String country = label.group(1);
        return boxes.find(Long.parseLong(label.group(2)))
                .filter(BoxHolder::enabled)
                .filter(box -> country == null || country.equalsIgnoreCase(box.countryIsoCode()))
                .orElseThrow(() -> new UnknownBox("suite"));
    }
}
