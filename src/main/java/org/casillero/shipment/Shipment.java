package org.casillero.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.casillero.rating.Tariff.Charges;
import org.casillero.warehouse.Warehouse;
import org.jspecify.annotations.Nullable;

/**
 * A shipment (the Box API's {@code trck_nmr_fol}) with its pieces and the events a reader may see:
 * for whom, received where and when, its status, weights (pounds) and box (inches) as processed,
 * its charges (and the divisor of its partner's volumetric weight), the references of the photos
 * taken while processing it, the invoice lines its customer typed and the latest invoice file it
 * uploaded. The merchant, content, declared value and inbound tracking are its pieces'. It needs
 * an invoice ({@code invoiceRequired}) while it is held for one, and still shows so once its
 * customer provided it.
 */
public record Shipment(
        long trckNmrFol,
        long custId,
        long boxId,
        int copaId,
        String partnerName,
        String languageCode,
        Warehouse warehouse,
        ShipmentStatus status,
        Instant receivedAt,
        @Nullable Instant manifestedAt,
        BigDecimal physicalWeight,
        BigDecimal volumetricWeight,
        BigDecimal chargedWeight,
        BigDecimal length,
        BigDecimal width,
        BigDecimal height,
        int volumetricDivisor,
        Charges charges,
        boolean invoiceRequired,
        boolean onHold,
        int consolidationRequests,
        @Nullable InvoiceFile invoiceFile,
        List<Piece> pieces,
        List<TrackingEvent> events,
        List<String> photos,
        List<InvoiceLine> invoiceLines) {

    public Shipment {
        pieces = List.copyOf(pieces);
        events = List.copyOf(events);
        photos = List.copyOf(photos);
        invoiceLines = List.copyOf(invoiceLines);
    }

    /** The total of the invoice the customer typed (0 without one): the Box API's {@code comm_inv_detail_declared_value}. */
    public BigDecimal invoiceTotal() {
        return invoiceLines.stream().map(InvoiceLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String merchant() {
        return pieces.isEmpty() ? "" : pieces.getFirst().merchantName();
    }

    /** The courier's tracking number of the first package (the Box API's {@code external_tracking}). */
    public String externalTracking() {
        return pieces.isEmpty() ? "" : pieces.getFirst().inboundTracking();
    }

    public String content() {
        return pieces.stream().map(Piece::content).filter(c -> !c.isBlank()).collect(Collectors.joining("; "));
    }

    public String familyProductCode() {
        return pieces.isEmpty() ? "" : pieces.getFirst().familyProductCode();
    }

    /** Whether the customer reads Spanish (its language is ESP); English otherwise. */
    public boolean spanish() {
        return "ESP".equals(languageCode);
    }

    /** The product family's name in the customer's language, "" where the partner has not named it. */
    public String familyProductName() {
        if (pieces.isEmpty()) {
            return "";
        }
        Piece first = pieces.getFirst();
        return spanish() ? first.familyNameEsp() : first.familyNameEng();
    }

    public BigDecimal declaredValue() {
        return pieces.stream().map(Piece::declaredValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The events the customer sees, newest first. */
    public List<TrackingEvent> customerEvents() {
        return events.stream().filter(TrackingEvent::visible).toList().reversed();
    }
}
