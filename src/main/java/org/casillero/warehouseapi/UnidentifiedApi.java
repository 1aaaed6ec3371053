package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.casillero.shipment.ShipmentIntake;
import org.casillero.warehouse.StaffMember;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Packages whose label names no box that can receive them: staff list them and give each to a box. */
@RestController
@RequestMapping("/warehouse/v1")
@Tag(name = WarehouseApiDocument.WAREHOUSE_TAG)
class UnidentifiedApi {
    private final ShipmentIntake intake;

    UnidentifiedApi(ShipmentIntake intake) {
        this.intake = intake;
    }

    /** The warehouse's packages waiting for a box, oldest first, a page at a time. */
    @GetMapping("/unidentified")
    @Operation(summary = "The warehouse's packages waiting for a box, oldest first, a page at a time")
    @Paging.PagedAnswers
    ResponseEntity<List<UnidentifiedAnswer>> unidentified(
            StaffMember staff, @ParameterObject Paging.Query page, HttpServletRequest request) {
        Paging.Asked asked = page.asked();
        return Paging.answer(
                intake.unidentified(staff.warehouse(), asked.limit(), asked.after()),
                UnidentifiedAnswer::of,
                asked,
                request);
    }

    /** Assigns an unidentified package to a box: it becomes that box's shipment. */
    @PostMapping("/unidentified/{packageId}/assignment")
    ReceiptAnswer assign(StaffMember staff, @PathVariable long packageId, @Valid @RequestBody Assignment request) {
        long trck = intake.assign(staff.warehouse(), staff.name(), packageId, Objects.requireNonNull(request.boxId()));
        return new ReceiptAnswer(trck, packageId, false);
    }
}
