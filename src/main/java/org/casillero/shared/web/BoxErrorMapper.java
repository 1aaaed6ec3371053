package org.casillero.shared.web;

import org.casillero.shared.BoxException;
import org.casillero.shared.ServiceBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that turns a failure into the Box envelope. Business failures answer HTTP 200 with
 * {@code _verify: false}, as existing clients expect; protocol failures answer their real status;
 * anything unexpected answers 500 (503 when the database is out of reach) with a generic text, and
 * its details go only to the log, under the request id.
 */
@RestControllerAdvice
final class BoxErrorMapper {
    private static final Logger log = LoggerFactory.getLogger(BoxErrorMapper.class);

    static final String UNEXPECTED = "An unexpected error occurred; quote the Request-Id header when reporting it.";
    static final String UNAVAILABLE = "The service is temporarily unavailable; try again shortly.";
    static final String BUSY = "The service is busy; try again in a few seconds.";
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Envelope envelope;

    BoxErrorMapper(Envelope envelope) {
        this.envelope = envelope;
    }

    @ExceptionHandler
    ResponseEntity<byte[]> business(BoxException e) {
        return answer(HttpStatus.OK, envelope.failure(e.description(), e.location(), false));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> malformed(MalformedRequest e) {
        return answer(HttpStatus.BAD_REQUEST, envelope.failure(e.getMessage(), "", false));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> tooLarge(RequestTooLarge e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, envelope.failure(e.getMessage(), "", false));
    }

    /** More costly work queued than the server takes on: a quick answer, not a long wait. */
    @ExceptionHandler
    ResponseEntity<byte[]> busy(ServiceBusy e) {
        log.warn("Refused as busy: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(envelope.failure(BUSY, "", true));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<byte[]> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.toString());
        return answer(HttpStatus.SERVICE_UNAVAILABLE, envelope.failure(UNAVAILABLE, "", true));
    }

    /** Spring MVC's own protocol failures (unknown path, wrong method, ...) carry their status; the rest is a fault. */
    @ExceptionHandler
    ResponseEntity<byte[]> unexpected(Exception e) {
        if (e instanceof ErrorResponse protocol && !protocol.getStatusCode().is5xxServerError()) {
            HttpStatusCode status = protocol.getStatusCode();
            return ResponseEntity.status(status)
                    .headers(protocol.getHeaders())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(envelope.failure(describe(status), "", false));
        }
        log.error("Unexpected failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, envelope.failure(UNEXPECTED, "", true));
    }

    static String describe(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "No Box API operation answers at this path.";
            case 405 -> "This operation answers POST requests only.";
            case 413 -> "The body is larger than " + WireBody.MAX_BYTES / 1024 + " KiB.";
            case 500 -> UNEXPECTED;
            case 503 -> UNAVAILABLE;
            default -> "The request cannot be processed (HTTP " + status.value() + ").";
        };
    }

    private static ResponseEntity<byte[]> answer(HttpStatus status, byte[] body) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(body);
    }
}
