package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.casillero.rating.NoTariff;
import org.casillero.rating.RatingRules;
import org.casillero.rating.Tariff;
import org.casillero.rating.Tariff.Charges;
import org.casillero.shared.InvalidField;
import org.casillero.shared.Measures.Parcel;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Staff process a received shipment: its final weight and box, hence its volumetric and charged
 * weight (the partner's divisor), and its charges from the partner's tariff (with its product family's
 * surcharge), or as staff set them
 * with a reason (audited). It then is PROCESSED (PRO) and awaits payment (CUT).
 */
@Service
public class ShipmentProcessing {
    private final ShipmentRepository shipments;
    private final RatingRules rules;
    private final ShipmentNews news;
    private final Clock clock;
    private final TransactionOperations transactions;

    ShipmentProcessing(
            ShipmentRepository shipments,
            RatingRules rules,
            ShipmentNews news,
            Clock clock,
            TransactionOperations transactions) {
        this.shipments = shipments;
        this.rules = rules;
        this.news = news;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Charges set by staff instead of the tariff's, and why. */
    public record ChargesOverride(BigDecimal rate, BigDecimal discount, String reason) {}

    /** What processing found: the final parcel, the references of its photos, and charges staff set, if any. */
    public record Processed(
            Parcel parcel, List<String> photos, @Nullable ChargesOverride charges) {
        public Processed {
            photos = List.copyOf(photos);
        }
    }

    public ShipmentStatus process(Warehouse warehouse, String staff, long trckNmrFol, Processed processed) {
        ChargesOverride override = processed.charges();
        if (override != null && override.discount().compareTo(override.rate()) > 0) {
            throw new InvalidField("charges.discount", "must not exceed the rate");
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            ShipmentRepository.Locked current = shipments.lockIn(warehouse.code(), trckNmrFol);
            if (!current.status().mayMoveTo(ShipmentStatus.PROCESSED)) {
                throw new TransitionNotAllowed(trckNmrFol, current.status(), ShipmentStatus.PROCESSED);
            }
            Tariff tariff = rules.tariff(current.copaId()).orElse(null);
            if (tariff == null && override == null) {
                throw new NoTariff(current.copaId());
            }
            int divisor = tariff == null ? Tariff.DEFAULT_DIVISOR : tariff.volumetricDivisor();
            Parcel parcel = processed.parcel();
            BigDecimal charged = parcel.chargedWeight(divisor);
            Charges charges = override != null
                    ? new Charges(override.rate(), override.discount())
                    : Objects.requireNonNull(tariff).charge(charged, surcharge(current.copaId(), trckNmrFol));
            Instant now = clock.instant();
            shipments.updateProcessing(
                    trckNmrFol, parcel, divisor, parcel.volumetricWeight(divisor), charged, charges, staff);
            for (ShipmentStatus step :
                    new ShipmentStatus[] {ShipmentStatus.PROCESSED, ShipmentStatus.AWAITING_PAYMENT}) {
                shipments.insertEvent(
                        trckNmrFol, new TrackingEvent(step, now, now, warehouse.iataCode(), "", true, staff));
            }
            shipments.updateStatus(trckNmrFol, ShipmentStatus.AWAITING_PAYMENT, null);
            processed.photos().forEach(photo -> shipments.insertPhoto(trckNmrFol, photo, now, staff));
            shipments.audit(
                    trckNmrFol,
                    now,
                    staff,
                    "PROCESSED",
                    "charged weight " + charged.toPlainString() + " lb, rate "
                            + charges.rate().toPlainString() + ", discount "
                            + charges.discount().toPlainString());
            if (override != null) {
                shipments.audit(trckNmrFol, now, staff, "CHARGES_OVERRIDDEN", override.reason());
            }
            news.processed(news.ownerOf(current), trckNmrFol, charged, charges, override != null, now, staff);
            return ShipmentStatus.AWAITING_PAYMENT;
        }));
    }

    /** The surcharge of the shipment's product family (its first piece's), if the partner has one. */
    private BigDecimal surcharge(int copaId, long trckNmrFol) {
        return shipments
                .familyOf(trckNmrFol)
                .map(code -> rules.surchargePercent(copaId, code))
                .orElse(BigDecimal.ZERO);
    }
}
