package org.casillero.shipment.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casillero.customer.Address;
import org.casillero.customer.CustomerDetails;
import org.casillero.shipment.ConsolidationRequest;
import org.casillero.shipment.InvoiceFile;
import org.casillero.shipment.InvoiceLine;
import org.casillero.shipment.Piece;
import org.casillero.shipment.Shipment;
import org.casillero.shipment.ShipmentQueries.ShipmentInfo;
import org.casillero.shipment.ShipmentStatus;
import org.casillero.shipment.TrackingEvent;
import org.jspecify.annotations.Nullable;

/**
 * The shipment answers, key for key as the reference shows them (the wire layer adds {@code _verify}
 * and {@code error} to every object and sorts the keys). Keys Casillero keeps no data for carry the
 * reference's empty values ({@code null}, {@code ""}, {@code 0}), so that every shape is complete.
 */
final class ShipmentAnswers {
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final Map<String, String> COURIERS = Map.of(
            "OTR", "OTHER", "UPS", "UPS", "FDX", "FEDEX", "DHL", "DHL", "USPS", "USPS", "AMZL", "AMAZON LOGISTICS");

    private ShipmentAnswers() {
        throw new AssertionError();
    }

    /**
     * An element of customer-get-shipments; {@code comm_inv_detail_declared_value} (the total of the
     * typed invoice) is Casillero's addition: the plugin reads it there too.
     */
    record ShipmentItem(
            BigDecimal commInvDetailDeclaredValue,
            @Nullable Instant dateManifested,
            Instant dateReceived,
            String externalTracking,
            String invoiceFileName,
            String invoiceFileUrl,
            int invoiceRequired,
            String lngeCode,
            String merchant,
            String shipmentContent,
            String shipmentStatus,
            BigDecimal shipmentValue,
            BigDecimal shippingChargeDiscount,
            BigDecimal shippingChargeRate,
            BigDecimal shippingChargeTotal,
            long trckNmrFol,
            BigDecimal weightCharged,
            BigDecimal weightPhysical,
            BigDecimal weightVolumetric) {

        static ShipmentItem of(Shipment s, InvoiceUrls urls) {
            InvoiceFile file = s.invoiceFile();
            return new ShipmentItem(
                    s.invoiceTotal(),
                    s.manifestedAt(),
                    s.receivedAt(),
                    s.externalTracking(),
                    file == null ? "" : file.storedName(),
                    urls.of(file),
                    s.invoiceRequired() ? 1 : 0,
                    s.languageCode(),
                    s.merchant(),
                    s.content(),
                    s.status().code(),
                    s.declaredValue(),
                    s.charges().discount(),
                    s.charges().rate(),
                    s.charges().total(),
                    s.trckNmrFol(),
                    s.chargedWeight(),
                    s.physicalWeight(),
                    s.volumetricWeight());
        }
    }

    /**
     * An element of customer-get-shipments-hbc: get-shipments' element, with the open consolidation
     * requests that name the shipment.
     */
    record ShipmentItemHbc(@JsonUnwrapped ShipmentItem item, int consolidationRequests) {
        static ShipmentItemHbc of(Shipment s, InvoiceUrls urls) {
            return new ShipmentItemHbc(ShipmentItem.of(s, urls), s.consolidationRequests());
        }
    }

    /**
     * The element of get-shipment-info. {@code external_tracking} is Casillero's addition (the
     * WordPress plugin reads it there); pre-receipt comes with its issue.
     */
    record ShipmentInfoAnswer(
            @Nullable ConsolidationBlock consolidation,
            String externalTracking,
            @Nullable Object invoice,
            @Nullable Object preRecept,
            ShipmentDetail shipment,
            List<TrackingItem> tracking,
            long trckNmrFol) {

        static ShipmentInfoAnswer of(ShipmentInfo info, InvoiceUrls urls) {
            Shipment s = info.shipment();
            InvoiceFile file = s.invoiceFile();
            ConsolidationRequest consolidation = info.consolidation();
            return new ShipmentInfoAnswer(
                    consolidation == null ? null : ConsolidationBlock.of(s, consolidation),
                    s.externalTracking(),
                    s.invoiceLines().isEmpty() && file == null
                            ? null
                            : new InvoiceAnswer(
                                    s.invoiceLines().stream()
                                            .map(InvoiceDetail::of)
                                            .toList(),
                                    file == null ? "" : file.storedName(),
                                    urls.of(file),
                                    file == null ? "" : String.valueOf(file.invoiceId())),
                    null,
                    ShipmentDetail.of(info),
                    s.customerEvents().stream()
                            .map(event -> TrackingItem.of(s, event))
                            .toList(),
                    s.trckNmrFol());
        }
    }

    /**
     * get-shipment-info's {@code consolidation} (its shape is Casillero's: the reference shows only
     * null): the latest consolidation request that names the shipment, or that made it. Its status
     * is OPEN, CONSOLIDATED or REFUSED; {@code consolidated_into} is the shipment a requested one went
     * into (null on that new shipment itself, and until consolidated); {@code consolidated_date} is
     * when (null until then); {@code refusal_reason} is staff's reason ("" unless refused); and
     * {@code shipments} are the requested ones, with the declared value the client sent.
     */
    record ConsolidationBlock(
            @Nullable Instant consolidatedDate,
            @Nullable Long consolidatedInto,
            long consolidationId,
            String refusalReason,
            Instant requestedDate,
            List<ConsolidatedShipment> shipments,
            String status) {

        static ConsolidationBlock of(Shipment s, ConsolidationRequest request) {
            boolean consolidated = request.status() == ConsolidationRequest.Status.CONSOLIDATED;
            Long into = request.consolidatedInto();
            return new ConsolidationBlock(
                    consolidated ? request.decidedAt() : null,
                    into == null || into == s.trckNmrFol() ? null : into,
                    request.requestId(),
                    request.refusalReason(),
                    request.requestedAt(),
                    request.items().stream().map(ConsolidatedShipment::of).toList(),
                    request.status().name());
        }
    }

    record ConsolidatedShipment(BigDecimal declaredValue, String externalTracking, String merchant, long trckNmrFol) {
        static ConsolidatedShipment of(ConsolidationRequest.Item item) {
            return new ConsolidatedShipment(
                    item.declaredValue(), item.externalTracking(), item.merchant(), item.trckNmrFol());
        }
    }

    /**
     * get-shipment-info's {@code invoice} (null while there is none): the lines the customer typed,
     * and its latest uploaded file, as the upload operations name it ({@code ""} without one).
     */
    record InvoiceAnswer(List<InvoiceDetail> detail, String invoiceFileName, String invoiceFileUrl, String invoiceId) {}

    record InvoiceDetail(String description, BigDecimal priceValue, int quantity, String referenceCode) {
        static InvoiceDetail of(InvoiceLine line) {
            return new InvoiceDetail(line.description(), line.priceValue(), line.quantity(), line.referenceCode());
        }
    }

    /** get-shipment-info's {@code shipment}: the 71 keys of the reference. */
    record ShipmentDetail(
            BigDecimal additionalDiscount,
            String address,
            int billingTypeCode,
            String billingTypeDescription,
            long boxsId,
            int categoryCode,
            String categoryName,
            BigDecimal chargedWeight,
            String cityIataCodeOrigin,
            String cityName,
            String company,
            String companyAddress,
            int consoleTypeCode,
            String consoleTypeDescription,
            String content,
            int copaId,
            String copaName,
            String countryIsoCode,
            String countryName,
            List<DetailItem> detail,
            String dimensionUnit,
            BigDecimal discount,
            String email,
            BigDecimal extraCharges,
            String familyProductCode,
            String familyProductName,
            BigDecimal fee,
            BigDecimal freight,
            BigDecimal fuelSurcharge,
            BigDecimal height,
            String iataCode,
            String iataCodeOrigin,
            String identityNumber,
            BigDecimal insurance,
            int isFrozen,
            int isReturn,
            BigDecimal length,
            String locality,
            String merchantAddress,
            String merchantName,
            String name,
            String neighborhood,
            int officeCode,
            String officeName,
            long phone,
            long phoneArea,
            String phoneExtension,
            BigDecimal physicalWeight,
            BigDecimal priceValue,
            int quantity,
            String shipType,
            String shipTypeDescription,
            BigDecimal shipping,
            String stateName,
            int statusCode,
            String statusName,
            BigDecimal subtotalCustom,
            BigDecimal subtotalShipping,
            BigDecimal totalCustom,
            BigDecimal totalShipping,
            long trckNmrFol,
            String usAddress,
            int userCode,
            String userLogin,
            String userName,
            BigDecimal volumetricWeight,
            String weightUnit,
            BigDecimal width,
            String zipcode) {

        static ShipmentDetail of(ShipmentInfo info) {
            Shipment s = info.shipment();
            CustomerDetails c = info.customer().details();
            List<Address> addresses = info.customer().addresses();
            Address a = addresses.isEmpty() ? null : addresses.getFirst();
            boolean cancelled = s.status() == ShipmentStatus.CANCELLED;
            return new ShipmentDetail(
                    ZERO,
                    a == null ? "" : a.address01(),
                    1,
                    "Normal",
                    s.boxId(),
                    0,
                    "",
                    s.chargedWeight(),
                    s.warehouse().iataCode(),
                    a == null ? "" : a.place().cityName(),
                    s.warehouse().name(),
                    s.warehouse().companyAddress(),
                    0,
                    "Normal",
                    s.content(),
                    s.copaId(),
                    s.partnerName(),
                    a == null ? "" : a.place().countryIsoCode(),
                    a == null ? "" : a.place().countryName(),
                    s.pieces().stream().map(p -> DetailItem.of(s, p)).toList(),
                    "IN",
                    s.charges().discount(),
                    c.email(),
                    ZERO,
                    s.familyProductCode(),
                    s.familyProductName(),
                    ZERO,
                    ZERO,
                    ZERO,
                    s.height(),
                    "",
                    s.warehouse().iataCode(),
                    c.identityNumber(),
                    ZERO,
                    s.onHold() ? 1 : 0,
                    s.status() == ShipmentStatus.RETURNED ? 1 : 0,
                    s.length(),
                    a == null ? "" : a.localityTown(),
                    "",
                    s.merchant(),
                    c.firstName() + " " + c.lastName(),
                    a == null ? "" : a.neighborhood(),
                    s.warehouse().officeCode(),
                    s.warehouse().name(),
                    a == null ? 0 : digits(a.phone().number()),
                    a == null ? 0 : digits(a.phone().areaCode()),
                    a == null ? "" : a.phone().extension(),
                    s.physicalWeight(),
                    s.declaredValue(),
                    s.pieces().size(),
                    "SPX",
                    "PAQUETES",
                    s.charges().rate(),
                    a == null ? "" : a.place().stateName(),
                    cancelled ? 2 : 1,
                    cancelled ? "Cancelled" : "Active",
                    ZERO,
                    s.charges().rate(),
                    ZERO,
                    s.charges().total(),
                    s.trckNmrFol(),
                    s.warehouse().usAddress(),
                    0,
                    "",
                    "",
                    s.volumetricWeight(),
                    "LB",
                    s.width(),
                    a == null ? "" : a.zipCode());
        }

        /** The reference shows phone numbers as integers: their digits, 0 when there are none. */
        private static long digits(String text) {
            String digits = text.replaceAll("[^0-9]", "");
            return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
        }
    }

    /** A piece of {@code shipment.detail[]}; the courier code is padded to five, as the reference shows it. */
    record DetailItem(
            String content,
            String courierCode,
            String courierName,
            String externalTracking,
            String familyProductCode,
            String familyProductName,
            BigDecimal height,
            int itemPiece,
            BigDecimal length,
            String merchantName,
            BigDecimal physicalWeight,
            BigDecimal priceValue,
            String serialNumber,
            long trckNmrFol,
            BigDecimal volumetricWeight,
            BigDecimal width) {

        static DetailItem of(Shipment s, Piece p) {
            return new DetailItem(
                    p.content(),
                    String.format("%-5s", p.courierCode()),
                    COURIERS.getOrDefault(p.courierCode(), p.courierCode()),
                    p.inboundTracking(),
                    p.familyProductCode(),
                    s.spanish() ? p.familyNameEsp() : p.familyNameEng(),
                    p.parcel().height(),
                    p.itemPiece(),
                    p.parcel().length(),
                    p.merchantName(),
                    p.parcel().weight(),
                    p.declaredValue(),
                    p.serialNumber(),
                    s.trckNmrFol(),
                    p.parcel().volumetricWeight(s.volumetricDivisor()),
                    p.parcel().width());
        }
    }

    /** An event of {@code tracking[]}: described in the customer's language, and in English for operators. */
    record TrackingItem(
            @Nullable Object deliveryId,
            Instant entryDate,
            Instant entryDateDb,
            @Nullable String entryDateDbStr,
            @Nullable String entryDateStr,
            String iataCode,
            @Nullable String imageUrlSignature,
            String orderLabel,
            String trackCdg,
            String trackDescription,
            String trackDescriptionOp,
            String trackObs,
            String trackType,
            String trackTypeDescription,
            long trckNmrFol) {

        static TrackingItem of(Shipment s, TrackingEvent e) {
            String described = s.spanish() ? e.status().spanish() : e.status().english();
            return new TrackingItem(
                    null,
                    e.occurredAt(),
                    e.recordedAt(),
                    null,
                    null,
                    e.iataCode(),
                    null,
                    "",
                    e.status().code(),
                    described,
                    e.status().english(),
                    e.observation(),
                    "EV",
                    "EVENT",
                    s.trckNmrFol());
        }
    }
}
