package org.casillero.warehouseapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.casillero.shipment.ConsolidationDecisions;
import org.casillero.shipment.ConsolidationDecisions.Consolidated;
import org.casillero.warehouse.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The warehouse API's consolidation requests: customers ask (customer-consolidate-awb) for some of
 * their shipments to be combined into one; staff list their warehouse's open requests, consolidate
 * one (a new shipment holding the requested shipments' pieces) or refuse it with a reason the
 * customer reads. A request is the warehouse's of its shipments; any other is not found.
 */
@RestController
@RequestMapping("/warehouse/v1/consolidation-requests")
@Tag(name = "Consolidation requests")
class ConsolidationApi {
    private static final String PROBLEM = "application/problem+json";

    private final ConsolidationDecisions decisions;

    ConsolidationApi(ConsolidationDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping
    @Operation(summary = "The warehouse's open consolidation requests, oldest first, a page at a time")
    @Paging.PagedAnswers
    ResponseEntity<List<ConsolidationRequestAnswer>> open(
            StaffMember staff, @ParameterObject Paging.Query page, HttpServletRequest request) {
        Paging.Asked asked = page.asked();
        return Paging.answer(
                decisions.open(staff.warehouse(), asked.limit(), asked.after()),
                ConsolidationRequestAnswer::of,
                asked,
                request);
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "One consolidation request, open or decided")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(
            responseCode = "404",
            description = "No request naming a shipment of this warehouse has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ConsolidationRequestAnswer request(StaffMember staff, @PathVariable long requestId) {
        return ConsolidationRequestAnswer.of(decisions.inWarehouse(staff.warehouse(), requestId));
    }

    @PostMapping("/{requestId}/consolidation")
    @Operation(
            summary = "Consolidates an open request into one new shipment",
            description = "Every requested shipment must still be received (REC), in this warehouse and free of"
                    + " holds; each becomes CONSOLIDATED (CON) with a visible event naming the new shipment, whose"
                    + " pieces are copies of theirs. Without measures the new shipment weighs what they weigh"
                    + " together and each side of its box is the longest of theirs; processing sets the final"
                    + " ones. Consolidating a request again answers the same shipment (200).")
    @ApiResponse(responseCode = "201", description = "Consolidated: consolidatedInto is the new shipment")
    @ApiResponse(responseCode = "200", description = "Consolidated already, by an earlier call")
    @ApiResponse(
            responseCode = "404",
            description = "No request naming a shipment of this warehouse has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Refused already, or a shipment moved on, is elsewhere or held (named); nothing changed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Measures out of range",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ConsolidationRequestAnswer> consolidate(
            StaffMember staff,
            @PathVariable long requestId,
            @Valid @RequestBody(required = false) @Nullable ConsolidationOrder order) {
        Measured measures = order == null ? null : order.measures();
        Consolidated consolidated = decisions.consolidate(
                staff.warehouse(), staff.name(), requestId, measures == null ? null : measures.toParcel());
        return ResponseEntity.status(consolidated.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ConsolidationRequestAnswer.of(consolidated.request()));
    }

    @PostMapping("/{requestId}/refusal")
    @Operation(
            summary = "Refuses an open request with a reason the customer reads",
            description = "Its shipments may be requested again.")
    @ApiResponse(responseCode = "200", description = "Refused")
    @ApiResponse(
            responseCode = "404",
            description = "No request naming a shipment of this warehouse has this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Decided already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "No reason, or one over 500 characters",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ConsolidationRequestAnswer refuse(
            StaffMember staff, @PathVariable long requestId, @Valid @RequestBody Refusal refusal) {
        return ConsolidationRequestAnswer.of(decisions.refuse(
                staff.warehouse(),
                staff.name(),
                requestId,
                Objects.requireNonNull(refusal.reason()).strip()));
    }
}
