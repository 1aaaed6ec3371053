package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casillero.shared.InvalidField;
import org.casillero.shipment.HoldReason;
import org.casillero.shipment.Measures.LengthUnit;
import org.casillero.shipment.Measures.Parcel;
import org.casillero.shipment.Measures.WeightUnit;
import org.casillero.shipment.NewPackage;
import org.casillero.shipment.Piece;
import org.casillero.shipment.Shipment;
import org.casillero.shipment.ShipmentEvents;
import org.casillero.shipment.ShipmentEvents.ForShipment;
import org.casillero.shipment.ShipmentEvents.NewEvent;
import org.casillero.shipment.ShipmentEvents.Outcome;
import org.casillero.shipment.ShipmentHolds;
import org.casillero.shipment.ShipmentIntake;
import org.casillero.shipment.ShipmentIntake.Receipt;
import org.casillero.shipment.ShipmentProcessing;
import org.casillero.shipment.ShipmentProcessing.ChargesOverride;
import org.casillero.shipment.ShipmentProcessing.Processed;
import org.casillero.shipment.ShipmentQueries;
import org.casillero.shipment.ShipmentStatus;
import org.casillero.shipment.TrackingEvent;
import org.casillero.shipment.UnidentifiedPackage;
import org.casillero.warehouse.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The warehouse's REST API, version 1, for the operator's staff and scanners (a bearer token each):
 * receive packages, process shipments, record tracking events, look shipments up. A staff member
 * sees and changes its own warehouse's shipments only.
 */
@RestController
@RequestMapping("/warehouse/v1")
class WarehouseApi {

    private final ShipmentIntake intake;
    private final ShipmentProcessing processing;
    private final ShipmentEvents events;
    private final ShipmentQueries queries;
    private final ShipmentHolds holds;

    WarehouseApi(
            ShipmentIntake intake,
            ShipmentProcessing processing,
            ShipmentEvents events,
            ShipmentQueries queries,
            ShipmentHolds holds) {
        this.holds = holds;
        this.intake = intake;
        this.processing = processing;
        this.events = events;
        this.queries = queries;
    }

    /** A package scanned at intake, for a box named by its id or by the label's suite ({@code MX811111}). */
    record PackageReceipt(
            @Positive @Nullable Long boxId,
            @Size(max = 30) @Nullable String suite,

            @NotBlank @Pattern(regexp = "[A-Z0-9]{1,5}", message = "must be 1 to 5 capital letters or digits") @Nullable
            String courier,

            @NotBlank @Size(max = 100) @Nullable String inboundTracking,
            @Size(max = 200) @Nullable String merchant,
            @Size(max = 500) @Nullable String content,
            @Size(max = 10) @Nullable String familyProduct,

            @NotNull @PositiveOrZero @DecimalMax(value = "10000000") @Nullable
            BigDecimal declaredValue,

            @NotNull @Valid @Nullable Measured measures,
            @Size(max = 100) @Nullable String serialNumber) {

        NewPackage toPackage() {
            return new NewPackage(
                    Objects.requireNonNull(courier),
                    Objects.requireNonNull(inboundTracking).strip(),
                    orEmpty(merchant),
                    orEmpty(content),
                    orEmpty(familyProduct),
                    Objects.requireNonNull(declaredValue),
                    Objects.requireNonNull(measures).toParcel(),
                    orEmpty(serialNumber));
        }
    }

    /** A weight and a box, in the units given (LB or KG, IN or CM). */
    record Measured(
            @NotNull @DecimalMin(value = "0.001") @DecimalMax(value = "10000") @Nullable
            BigDecimal weight,

            @NotNull @Nullable WeightUnit weightUnit,

            @NotNull @Positive @DecimalMax(value = "1000") @Nullable
            BigDecimal length,

            @NotNull @Positive @DecimalMax(value = "1000") @Nullable
            BigDecimal width,

            @NotNull @Positive @DecimalMax(value = "1000") @Nullable
            BigDecimal height,

            @NotNull @Nullable LengthUnit lengthUnit) {

        Parcel toParcel() {
            return Parcel.of(
                    Objects.requireNonNull(weight),
                    Objects.requireNonNull(weightUnit),
                    Objects.requireNonNull(length),
                    Objects.requireNonNull(width),
                    Objects.requireNonNull(height),
                    Objects.requireNonNull(lengthUnit));
        }
    }

    /** The shipment that holds the package, or the unidentified package it is, and whether this scan made it. */
    record ReceiptAnswer(
            @Nullable Long trckNmrFol, @Nullable Long unidentifiedId, boolean created) {}

    /**
     * 201 with the new shipment, 202 with the new unidentified package (the label names no box that
     * can receive it), 200 with what an earlier scan of the same package made.
     */
    @PostMapping("/packages")
    ResponseEntity<ReceiptAnswer> receive(StaffMember staff, @Valid @RequestBody PackageReceipt request) {
        if (request.boxId() == null && request.suite() == null) {
            throw new InvalidField("boxId", "or suite is required");
        }
        Receipt receipt =
                intake.receive(staff.warehouse(), staff.name(), request.boxId(), request.suite(), request.toPackage());
        HttpStatus status = !receipt.created()
                ? HttpStatus.OK
                : receipt.trckNmrFol() != null ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status)
                .body(new ReceiptAnswer(receipt.trckNmrFol(), receipt.unidentifiedId(), receipt.created()));
    }

    record UnidentifiedView(
            long packageId,
            String labelText,
            String courier,
            String inboundTracking,
            String merchant,
            String content,
            BigDecimal declaredValue,
            BigDecimal weight,
            Instant receivedAt,
            String receivedBy) {
        static UnidentifiedView of(UnidentifiedPackage p) {
            return new UnidentifiedView(
                    p.packageId(),
                    p.labelText(),
                    p.received().courierCode(),
                    p.received().inboundTracking(),
                    p.received().merchantName(),
                    p.received().content(),
                    p.received().declaredValue(),
                    p.received().parcel().weight(),
                    p.receivedAt(),
                    p.receivedBy());
        }
    }

    /** The warehouse's packages waiting for a box, oldest first, a page at a time. */
    @GetMapping("/unidentified")
    @Operation(summary = "The warehouse's packages waiting for a box, oldest first, a page at a time")
    @Paging.PagedAnswers
    ResponseEntity<List<UnidentifiedView>> unidentified(
            StaffMember staff, @ParameterObject Paging.Query page, HttpServletRequest request) {
        Paging.Asked asked = page.asked();
        return Paging.answer(
                intake.unidentified(staff.warehouse(), asked.limit(), asked.after()),
                UnidentifiedView::of,
                asked,
                request);
    }

    record Assignment(@NotNull @Positive @Nullable Long boxId) {}

    /** Assigns an unidentified package to a box: it becomes that box's shipment. */
    @PostMapping("/unidentified/{packageId}/assignment")
    ReceiptAnswer assign(StaffMember staff, @PathVariable long packageId, @Valid @RequestBody Assignment request) {
        long trck = intake.assign(staff.warehouse(), staff.name(), packageId, Objects.requireNonNull(request.boxId()));
        return new ReceiptAnswer(trck, packageId, false);
    }

    record HoldRequest(@NotNull @Nullable HoldReason reason) {}

    record HoldsAnswer(long trckNmrFol, List<String> holds) {
        static HoldsAnswer of(long trckNmrFol, Set<HoldReason> holds) {
            return new HoldsAnswer(
                    trckNmrFol, holds.stream().map(Enum::name).sorted().toList());
        }
    }

    @PostMapping("/shipments/{trckNmrFol}/holds")
    HoldsAnswer raiseHold(StaffMember staff, @PathVariable long trckNmrFol, @Valid @RequestBody HoldRequest request) {
        return HoldsAnswer.of(
                trckNmrFol,
                holds.raise(staff.warehouse(), staff.name(), trckNmrFol, Objects.requireNonNull(request.reason())));
    }

    @PostMapping("/shipments/{trckNmrFol}/holds/clearance")
    HoldsAnswer clearHold(StaffMember staff, @PathVariable long trckNmrFol, @Valid @RequestBody HoldRequest request) {
        return HoldsAnswer.of(
                trckNmrFol,
                holds.clear(staff.warehouse(), staff.name(), trckNmrFol, Objects.requireNonNull(request.reason())));
    }

    /**
     * Processing: the final weight and box, the references of the photos taken (where the operator's
     * storage keeps them), and charges set by staff (with a reason) instead of the tariff's.
     */
    record ProcessingRequest(
            @NotNull @Valid @Nullable Measured measures,
            @Size(max = 20) @Nullable List<@NotBlank @Size(max = 500) String> photos,
            @Valid @Nullable Charges charges) {}

    record Charges(
            @NotNull @PositiveOrZero @DecimalMax(value = "1000000") @Digits(integer = 7, fraction = 2) @Nullable
            BigDecimal rate,

            @NotNull @PositiveOrZero @DecimalMax(value = "1000000") @Digits(integer = 7, fraction = 2) @Nullable
            BigDecimal discount,

            @NotBlank @Size(max = 500) @Nullable String reason) {}

    @PostMapping("/shipments/{trckNmrFol}/processing")
    ShipmentView process(
            StaffMember staff, @PathVariable long trckNmrFol, @Valid @RequestBody ProcessingRequest request) {
        Charges charges = request.charges();
        processing.process(
                staff.warehouse(),
                staff.name(),
                trckNmrFol,
                new Processed(
                        Objects.requireNonNull(request.measures()).toParcel(),
                        request.photos() == null ? List.of() : request.photos(),
                        charges == null
                                ? null
                                : new ChargesOverride(
                                        Objects.requireNonNull(charges.rate()),
                                        Objects.requireNonNull(charges.discount()),
                                        Objects.requireNonNull(charges.reason()))));
        return ShipmentView.of(queries.inWarehouse(staff.warehouse(), trckNmrFol));
    }

    /** A tracking event: its code (README, shipment statuses), when and where, and whether the customer sees it. */
    record EventRequest(
            @NotBlank @Nullable String code,
            @Nullable Instant occurredAt,

            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter IATA code") @Nullable
            String iataCode,

            @Size(max = 500) @Nullable String observation,
            @Nullable Boolean visible) {

        NewEvent toEvent() {
            return new NewEvent(
                    Objects.requireNonNull(code),
                    occurredAt,
                    iataCode,
                    orEmpty(observation),
                    !Boolean.FALSE.equals(visible));
        }
    }

    record StatusAnswer(long trckNmrFol, String status, String code) {
        static StatusAnswer of(long trckNmrFol, ShipmentStatus status) {
            return new StatusAnswer(trckNmrFol, status.name(), status.code());
        }
    }

    @PostMapping("/shipments/{trckNmrFol}/events")
    StatusAnswer append(StaffMember staff, @PathVariable long trckNmrFol, @Valid @RequestBody EventRequest request) {
        return StatusAnswer.of(
                trckNmrFol, events.append(staff.warehouse(), staff.name(), trckNmrFol, request.toEvent()));
    }

    /** A batch of events, a manifest's worth: each recorded or refused on its own. */
    record EventBatch(@NotEmpty @Size(max = 1000) @Nullable List<@NotNull @Valid BatchEvent> events) {}

    record BatchEvent(
            @NotNull @Positive @Nullable Long trckNmrFol,
            @NotNull @Valid @Nullable EventRequest event) {}

    record OutcomeAnswer(
            long trckNmrFol,
            @Nullable String status,
            @Nullable String code,
            @Nullable String problem) {
        static OutcomeAnswer of(Outcome outcome) {
            ShipmentStatus status = outcome.status();
            return new OutcomeAnswer(
                    outcome.trckNmrFol(),
                    status == null ? null : status.name(),
                    status == null ? null : status.code(),
                    outcome.problem());
        }
    }

    @PostMapping("/events")
    List<OutcomeAnswer> appendAll(StaffMember staff, @Valid @RequestBody EventBatch request) {
        List<ForShipment> batch = Objects.requireNonNull(request.events()).stream()
                .map(each -> new ForShipment(
                        Objects.requireNonNull(each.trckNmrFol()),
                        Objects.requireNonNull(each.event()).toEvent()))
                .toList();
        return events.appendAll(staff.warehouse(), staff.name(), batch).stream()
                .map(OutcomeAnswer::of)
                .toList();
    }

    @GetMapping("/shipments/{trckNmrFol}")
    ShipmentView shipment(StaffMember staff, @PathVariable long trckNmrFol) {
        return ShipmentView.of(queries.inWarehouse(staff.warehouse(), trckNmrFol));
    }

    /**
     * The warehouse's shipments of a box, newest first, a page at a time; or those holding a courier's
     * package (a few at most: not paged).
     */
    @GetMapping("/shipments")
    @Operation(
            summary = "The warehouse's shipments of a box (newest first, a page at a time), or those holding"
                    + " a package with that inbound tracking number")
    @Paging.PagedAnswers
    ResponseEntity<List<ShipmentView>> find(
            StaffMember staff,
            @RequestParam(required = false) @Nullable Long boxId,
            @RequestParam(required = false) @Nullable String courier,
            @RequestParam(required = false) @Nullable String inboundTracking,
            @ParameterObject Paging.Query page,
            HttpServletRequest request) {
        Paging.Asked asked = page.asked();
        if (inboundTracking != null) {
            return ResponseEntity.ok(queries.byInboundTracking(staff.warehouse(), courier, inboundTracking).stream()
                    .map(ShipmentView::of)
                    .toList());
        }
        if (boxId == null) {
            throw new InvalidField("boxId", "or inboundTracking is required");
        }
        return Paging.answer(
                queries.forBox(staff.warehouse(), boxId, asked.limit(), asked.after()),
                ShipmentView::of,
                asked,
                request,
                "boxId=" + boxId);
    }

    /** The published transition table: each status, its code, and the statuses it may move to. */
    record StatusRule(String status, String code, String english, String spanish, List<String> next) {}

    @GetMapping("/statuses")
    List<StatusRule> statuses(StaffMember staff) {
        return Arrays.stream(ShipmentStatus.values())
                .map(s -> new StatusRule(
                        s.name(),
                        s.code(),
                        s.english(),
                        s.spanish(),
                        Arrays.stream(ShipmentStatus.values())
                                .filter(s::mayMoveTo)
                                .map(Enum::name)
                                .toList()))
                .toList();
    }

    /** A shipment as staff see it: every event, the internal ones too. */
    record ShipmentView(
            long trckNmrFol,
            long boxId,
            int copaId,
            String warehouse,
            String status,
            String code,
            Instant receivedAt,
            @Nullable Instant manifestedAt,
            BigDecimal physicalWeight,
            BigDecimal volumetricWeight,
            BigDecimal chargedWeight,
            BigDecimal length,
            BigDecimal width,
            BigDecimal height,
            BigDecimal shippingRate,
            BigDecimal shippingDiscount,
            BigDecimal shippingTotal,
            List<Piece> pieces,
            List<EventView> events,
            List<String> photos) {

        static ShipmentView of(Shipment s) {
            return new ShipmentView(
                    s.trckNmrFol(),
                    s.boxId(),
                    s.copaId(),
                    s.warehouse().code(),
                    s.status().name(),
                    s.status().code(),
                    s.receivedAt(),
                    s.manifestedAt(),
                    s.physicalWeight(),
                    s.volumetricWeight(),
                    s.chargedWeight(),
                    s.length(),
                    s.width(),
                    s.height(),
                    s.charges().rate(),
                    s.charges().discount(),
                    s.charges().total(),
                    s.pieces(),
                    s.events().stream().map(EventView::of).toList(),
                    s.photos());
        }
    }

    record EventView(
            String code,
            String status,
            Instant occurredAt,
            Instant recordedAt,
            String iataCode,
            String observation,
            boolean visible,
            String recordedBy) {
        static EventView of(TrackingEvent e) {
            return new EventView(
                    e.status().code(),
                    e.status().name(),
                    e.occurredAt(),
                    e.recordedAt(),
                    e.iataCode(),
                    e.observation(),
                    e.visible(),
                    e.recordedBy());
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
