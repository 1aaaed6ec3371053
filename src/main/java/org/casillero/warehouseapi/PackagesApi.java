package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.casillero.shared.InvalidField;
import org.casillero.shipment.ShipmentIntake;
import org.casillero.shipment.ShipmentIntake.Receipt;
import org.casillero.warehouse.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake: staff scan each package that arrives for a customer box. */
@RestController
@RequestMapping("/warehouse/v1")
@Tag(name = WarehouseApiDocument.WAREHOUSE_TAG)
class PackagesApi {
    private final ShipmentIntake intake;

    PackagesApi(ShipmentIntake intake) {
        this.intake = intake;
    }

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
        return ResponseEntity.status(status).body(ReceiptAnswer.of(receipt));
    }
}
