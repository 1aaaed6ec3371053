package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.casillero.shared.InvalidField;
import org.casillero.shipment.ShipmentHolds;
import org.casillero.shipment.ShipmentProcessing;
import org.casillero.shipment.ShipmentQueries;
import org.casillero.warehouse.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The warehouse's shipments: staff look them up, process them and raise or clear their holds. A
 * staff member sees and changes its own warehouse's shipments only.
 */
@RestController
@RequestMapping("/warehouse/v1")
@Tag(name = WarehouseApiDocument.WAREHOUSE_TAG)
class ShipmentsApi {
    private final ShipmentProcessing processing;
    private final ShipmentQueries queries;
    private final ShipmentHolds holds;

    ShipmentsApi(ShipmentProcessing processing, ShipmentQueries queries, ShipmentHolds holds) {
        this.processing = processing;
        this.queries = queries;
        this.holds = holds;
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

    @PostMapping("/shipments/{trckNmrFol}/processing")
    ShipmentAnswer process(
            StaffMember staff, @PathVariable long trckNmrFol, @Valid @RequestBody ProcessingRequest request) {
        processing.process(staff.warehouse(), staff.name(), trckNmrFol, request.toProcessed());
        return ShipmentAnswer.of(queries.inWarehouse(staff.warehouse(), trckNmrFol));
    }

    @GetMapping("/shipments/{trckNmrFol}")
    ShipmentAnswer shipment(StaffMember staff, @PathVariable long trckNmrFol) {
        return ShipmentAnswer.of(queries.inWarehouse(staff.warehouse(), trckNmrFol));
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
    ResponseEntity<List<ShipmentAnswer>> find(
            StaffMember staff,
            @RequestParam(required = false) @Nullable Long boxId,
            @RequestParam(required = false) @Nullable String courier,
            @RequestParam(required = false) @Nullable String inboundTracking,
            @ParameterObject Paging.Query page,
            HttpServletRequest request) {
        Paging.Asked asked = page.asked();
        if (inboundTracking != null) {
            return ResponseEntity.ok(queries.byInboundTracking(staff.warehouse(), courier, inboundTracking).stream()
                    .map(ShipmentAnswer::of)
                    .toList());
        }
        if (boxId == null) {
            throw new InvalidField("boxId", "or inboundTracking is required");
        }
        return Paging.answer(
                queries.forBox(staff.warehouse(), boxId, asked.limit(), asked.after()),
                ShipmentAnswer::of,
                asked,
                request,
                "boxId=" + boxId);
    }
}
