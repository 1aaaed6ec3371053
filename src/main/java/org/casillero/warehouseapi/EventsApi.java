package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.casillero.shipment.ShipmentEvents;
import org.casillero.shipment.ShipmentStatus;
import org.casillero.warehouse.StaffMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tracking events: staff record them one shipment at a time or a manifest's worth at once, and read
 * the transition table that says which status may follow which.
 */
@RestController
@RequestMapping("/warehouse/v1")
@Tag(name = WarehouseApiDocument.WAREHOUSE_TAG)
class EventsApi {
    private final ShipmentEvents events;

    EventsApi(ShipmentEvents events) {
        this.events = events;
    }

    @PostMapping("/shipments/{trckNmrFol}/events")
    StatusAnswer append(StaffMember staff, @PathVariable long trckNmrFol, @Valid @RequestBody EventRequest request) {
        return StatusAnswer.of(
                trckNmrFol, events.append(staff.warehouse(), staff.name(), trckNmrFol, request.toEvent()));
    }

    @PostMapping("/events")
    List<OutcomeAnswer> appendAll(StaffMember staff, @Valid @RequestBody EventBatch request) {
        return events.appendAll(staff.warehouse(), staff.name(), request.toEvents()).stream()
                .map(OutcomeAnswer::of)
                .toList();
    }

    /** The published transition table: each status, its code, and the statuses it may move to. */
    @GetMapping("/statuses")
    List<StatusRuleAnswer> statuses(StaffMember staff) {
        return Arrays.stream(ShipmentStatus.values()).map(StatusRuleAnswer::of).toList();
    }
}
