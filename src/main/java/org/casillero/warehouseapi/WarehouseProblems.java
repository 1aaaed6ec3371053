package org.casillero.warehouseapi;

import org.casillero.shared.BodyRefused;
import org.casillero.shared.BoxException;
import org.casillero.shared.BusyLog;
import org.casillero.shared.InvalidField;
import org.casillero.shared.LogText;
import org.casillero.shared.ServiceBusy;
import org.casillero.shipment.ConsolidationRequestDecided;
import org.casillero.shipment.ConsolidationRequestNotFound;
import org.casillero.shipment.ShipmentNotConsolidable;
import org.casillero.shipment.ShipmentNotFound;
import org.casillero.shipment.TransitionNotAllowed;
import org.casillero.shipment.UnidentifiedNotFound;
import org.casillero.shipment.UnknownBox;
import org.casillero.shipment.UnknownInvoiceFile;
import org.casillero.warehouse.StaffUnauthorized;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The warehouse API's failures, as RFC 9457 problem details ({@code application/problem+json}) with
 * the field at fault where there is one: this API is not the Box wire, and its clients are the
 * operator's own. Unexpected faults say nothing about themselves (the log, under the request id, does).
 */
@RestControllerAdvice(basePackageClasses = WarehouseProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class WarehouseProblems {
    private static final Logger log = LoggerFactory.getLogger(WarehouseProblems.class);
    private final BusyLog busyLog;

    WarehouseProblems(BusyLog busyLog) {
        this.busyLog = busyLog;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(BoxException e) {
        HttpStatus status = switch (e) {
            case StaffUnauthorized unauthorized -> HttpStatus.UNAUTHORIZED;
            case ShipmentNotFound notFound -> HttpStatus.NOT_FOUND;
            case UnknownBox unknown -> HttpStatus.NOT_FOUND;
            case UnidentifiedNotFound unknown -> HttpStatus.NOT_FOUND;
            case UnknownInvoiceFile unknown -> HttpStatus.NOT_FOUND;
            case ConsolidationRequestNotFound unknown -> HttpStatus.NOT_FOUND;
            case TransitionNotAllowed notAllowed -> HttpStatus.CONFLICT;
            case ShipmentNotConsolidable notConsolidable -> HttpStatus.CONFLICT;
            case ConsolidationRequestDecided decided -> HttpStatus.CONFLICT;
            case InvalidField invalid -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.CONFLICT;
        };
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        // The field's neutral path is this API's own camelCase name for it: told as it is.
        return answer.body(problem(status, e.description(), e.field()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        FieldError field = e.getBindingResult().getFieldError();
        String name = field == null ? "" : field.getField();
        String message = field == null ? "The request is not valid." : name + " " + field.getDefaultMessage();
        return ResponseEntity.unprocessableContent().body(problem(HttpStatus.UNPROCESSABLE_CONTENT, message, name));
    }

    /** More of some costly work under way than the server takes on (files being sent): a quick answer. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ServiceBusy e) {
        busyLog.refused(e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "The service is busy; try again in a few seconds.", ""));
    }

    /** A body too slow (408) or with no room left for it (503, try again); the container closes the connection. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> bodyRefused(BodyRefused e) {
        HttpStatus status = HttpStatus.valueOf(e.why().status());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return answer.body(problem(status, e.getMessage(), ""));
    }

    /** A body over the warehouse API's limit: refused unread, and the connection closed rather than read it. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(StaffBodyLimit.BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), ""));
    }

    /** A concurrent change got there first (the same package scanned twice at once, say). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        // The database's detail quotes the values in conflict, which staff typed: one line, whatever they hold.
        log.info("Warehouse API conflict: {}", LogText.printable(e.getMostSpecificCause()));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "A concurrent change got there first: look again.", ""));
    }

    /**
     * A body or parameter that cannot be read (400). The JSON reader wraps what is thrown as it reads:
     * a number beyond the decimals any field takes ({@code 1e-999999999}) breaks a rule of its field
     * (422), as one beyond the field's own bounds does; a body refused as it arrived is still that.
     */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyRefused refused) {
                return bodyRefused(refused);
            }
            if (cause instanceof StaffBodyLimit.BodyTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
            if (cause instanceof BoxException rule) {
                return refused(rule);
            }
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "The request body or a parameter cannot be read.", ""));
    }

    /** Spring MVC's own refusals (unsupported media type, missing parameter, …) keep their status; the rest is a fault. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && !refusal.getStatusCode().is5xxServerError()) {
            HttpStatusCode status = refusal.getStatusCode();
            return ResponseEntity.status(status)
                    .body(ProblemDetail.forStatusAndDetail(
                            status, "The request cannot be served as sent (HTTP " + status.value() + ")."));
        }
        log.error("Unexpected failure of the warehouse API", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.", ""));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
