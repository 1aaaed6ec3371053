package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casillero.customer.BoxDirectory;
import org.casillero.customer.BoxHolder;
import org.casillero.rating.InvoiceRule;
import org.casillero.rating.RatingRules;
import org.springframework.stereotype.Component;

/**
 * Keeps a shipment from leaving without the invoice its destination's rule wants, whatever happened
 * after its packages were received: intake judges each package alone, against the box's country of
 * that moment, so packages that pass one by one may not pass together (consolidated), and a box may
 * move to a country with a stricter rule (its address changed) or a rule may be set later. A
 * consolidated shipment is judged when it is made, and every shipment again when staff manifest it.
 *
 * <p>A shipment on which an invoice hold was ever raised is left to that hold: open, it holds the
 * shipment already; cleared, either its invoice came or staff judged it needs none, and raising it
 * again would undo staff's decision (and refuse every manifest they try).
 */
@Component
class InvoiceRequirement {
    private final ShipmentRepository shipments;
    private final InvoiceFileRepository files;
    private final RatingRules rules;
    private final BoxDirectory boxes;
    private final ShipmentNews news;

    InvoiceRequirement(
            ShipmentRepository shipments,
            InvoiceFileRepository files,
            RatingRules rules,
            BoxDirectory boxes,
            ShipmentNews news) {
        this.shipments = shipments;
        this.files = files;
        this.rules = rules;
        this.boxes = boxes;
        this.news = news;
    }

    /**
     * Holds the shipment for its invoice (a rule's hold: the customer's invoice clears it) when the
     * rule of its box's country now wants one and it has none: no typed lines (its own or copied
     * from the shipments consolidated into it) and no uploaded file (its own or theirs). Answers
     * whether it raised the hold. Call inside a transaction that holds the shipment's row.
     */
    boolean holdIfUndocumented(long trckNmrFol, String staff, Instant now) {
        if (shipments.everHeld(trckNmrFol, HoldReason.INVOICE_REQUIRED)) {
            return false;
        }
        Shipment shipment = shipments.find(trckNmrFol).orElseThrow(ShipmentNotFound::new);
        Optional<String> country = boxes.find(shipment.boxId()).map(BoxHolder::countryIsoCode);
        Optional<String> reason =
                country.flatMap(rules::invoiceRule).flatMap(rule -> reasonFor(rule, shipment.pieces()));
        if (reason.isEmpty() || documented(trckNmrFol)) {
            return false;
        }
        hold(
                new ShipmentNews.Owner(shipment.copaId(), shipment.boxId()),
                trckNmrFol,
                now,
                staff,
                reason.get() + ", destination " + country.get());
        return true;
    }

    /** Why a shipment of these pieces needs an invoice: their declared values together, any piece's family. */
    private static Optional<String> reasonFor(InvoiceRule rule, List<Piece> pieces) {
        return rule.reasonFor(
                pieces.stream().map(Piece::declaredValue).reduce(BigDecimal.ZERO, BigDecimal::add),
                pieces.stream().map(Piece::familyProductCode).toList());
    }

    /**
     * Whether the shipment has an invoice: typed lines (its own, or copied from the shipments
     * consolidated into it) or an uploaded file (its own, or theirs).
     */
    boolean documented(long trckNmrFol) {
        return shipments.hasInvoiceLines(trckNmrFol) || files.anyUploadedFor(trckNmrFol);
    }

    /** Raises the rule's invoice hold, audited with the rule's reason. */
    void hold(ShipmentNews.Owner owner, long trckNmrFol, Instant now, String staff, String reason) {
        shipments.raiseHold(trckNmrFol, HoldReason.INVOICE_REQUIRED, now, staff, true);
        shipments.audit(
                trckNmrFol, now, staff, "HOLD_RAISED", HoldReason.INVOICE_REQUIRED.name() + " (" + reason + ")");
        news.holdRaised(owner, trckNmrFol, HoldReason.INVOICE_REQUIRED, true, false, now, staff);
    }
}
