package org.casillero.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.casillero.shared.BodyRefused;
import org.casillero.shared.BoxException;
import org.casillero.shared.BusyLog;
import org.casillero.shared.InvalidField;
import org.casillero.shared.InvalidLink;
import org.casillero.shared.LogText;
import org.casillero.shared.ServiceBusy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that turns a failure into the Box envelope. Business failures answer HTTP 200 with
 * {@code _verify: false}, as existing clients expect; protocol failures answer their real status;
 * anything unexpected answers 500 (503 when the database is out of reach or cannot finish a
 * transaction) with a generic text, and its details go only to the log, under the request id. The
 * failures that the servlet container finds by itself ({@link #containerFailure}) answer here too.
 */
@RestControllerAdvice
final class BoxErrorMapper {
    private static final Logger log = LoggerFactory.getLogger(BoxErrorMapper.class);
    private static final int MAX_CAUSES = 32;

    static final String UNEXPECTED = "An unexpected error occurred; quote the Request-Id header when reporting it.";
    static final String UNAVAILABLE = "The service is temporarily unavailable; try again shortly.";
    static final String BUSY = "The service is busy; try again in a few seconds.";
    static final String MISDIRECTED = "This server has the public demo data on and answers requests addressed to"
            + " localhost, 127.0.0.1 or [::1] only.";
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Envelope envelope;
    private final BusyLog busyLog;

    BoxErrorMapper(Envelope envelope, BusyLog busyLog) {
        this.envelope = envelope;
        this.busyLog = busyLog;
    }

    /** The field at fault by its wire name, in the description too ({@code customer_address[0].city_code is ...}). */
    @ExceptionHandler
    ResponseEntity<byte[]> business(BoxException e) {
        if (e instanceof InvalidField invalid) {
            String field = invalid.fieldIn(WireNaming::toWirePath);
            return answer(HttpStatus.OK, envelope.failure(invalid.describedAs(field), field, false));
        }
        return answer(HttpStatus.OK, envelope.failure(e.description(), WireNaming.toWirePath(e.field()), false));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> malformed(MalformedRequest e) {
        return answer(HttpStatus.BAD_REQUEST, envelope.failure(e.getMessage(), "", false));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> tooLarge(RequestTooLarge e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, envelope.failure(e.getMessage(), "", false));
    }

    /** A download link that leads nowhere: its own status, the envelope as every failure. */
    @ExceptionHandler
    ResponseEntity<byte[]> invalidLink(InvalidLink e) {
        return answer(HttpStatusCode.valueOf(e.why().status()), envelope.failure(e.getMessage(), "", false));
    }

    /** More costly work queued than the server takes on: a quick answer, not a long wait. */
    @ExceptionHandler
    ResponseEntity<byte[]> busy(ServiceBusy e) {
        busyLog.refused(e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(envelope.failure(BUSY, "", true));
    }

    /**
     * A body too slow (408) or with no room left for it (503, try again): the container closes the
     * connection. Told to the operator by {@link BodyLimits}, not once per request.
     */
    @ExceptionHandler
    ResponseEntity<byte[]> bodyRefused(BodyRefused e) {
        log.debug("Body refused: {}", e.why());
        if (e.why() == BodyRefused.Why.NO_ROOM) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(envelope.failure(BUSY, "", true));
        }
        return answer(HttpStatus.REQUEST_TIMEOUT, envelope.failure(e.getMessage(), "", false));
    }

    /** Clients that hang up mid-body are common and harmless: one quiet line, no stack trace. */
    @ExceptionHandler
    ResponseEntity<byte[]> incomplete(IncompleteBody e) {
        log.debug("{} ({})", e.getMessage(), String.valueOf(e.getCause()));
        return answer(HttpStatus.BAD_REQUEST, envelope.failure(e.getMessage(), "", false));
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
        if (databaseUnavailable(e)) {
            log.warn("Database unavailable: {} (cause: {})", LogText.printable(e), LogText.printable(rootCause(e)));
            return answer(HttpStatus.SERVICE_UNAVAILABLE, envelope.failure(UNAVAILABLE, "", true));
        }
        log.error("Unexpected failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, envelope.failure(UNEXPECTED, "", true));
    }

    /**
     * The answer to a failure that the servlet container found before any handler ran, by the
     * status it chose. It refuses a request it cannot read (a broken request line, duplicate or
     * unknown framing headers, a path it will not decode) with 400, except an unknown transfer
     * coding (501) and HTTP version (505): those are the client's fault as well, so they answer 400
     * too, and a 5xx stays a sign of the service's own trouble. Its only 405 is for TRACE.
     */
    ResponseEntity<byte[]> containerFailure(int containerStatus) {
        HttpStatusCode status = containerStatus == 501 || containerStatus == 505
                ? HttpStatus.BAD_REQUEST
                : HttpStatusCode.valueOf(containerStatus);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            answer.header(HttpHeaders.ALLOW, HttpMethod.POST.name());
        }
        return answer.contentType(MediaType.APPLICATION_JSON)
                .body(envelope.failure(describe(status), "", status.is5xxServerError()));
    }

    /** A request addressed to a host name that a server with the demo data does not answer ({@link LoopbackHostFilter}). */
    ResponseEntity<byte[]> misdirected() {
        return answer(HttpStatus.MISDIRECTED_REQUEST, envelope.failure(MISDIRECTED, "", false));
    }

    /** Writes an answer straight to the servlet response, replacing any header of the same name. */
    static void write(ResponseEntity<byte[]> answer, HttpServletResponse response) throws IOException {
        byte[] body = answer.hasBody() ? answer.getBody() : new byte[0];
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> response.setHeader(name, String.join(", ", values)));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String describe(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is not valid HTTP.";
            case 404 -> "No Box API operation answers at this path.";
            case 405 -> "This operation answers POST requests only.";
            case 408 -> BodyRefused.Why.TOO_SLOW.description();
            case 413 -> "The body is larger than " + RequestTooLarge.size(WireBody.MAX_BYTES) + ".";
            case 421 -> MISDIRECTED;
            case 500 -> UNEXPECTED;
            case 503 -> UNAVAILABLE;
            default -> "The request cannot be processed (HTTP " + status.value() + ").";
        };
    }

    /**
     * Whether a failure means that the database is out of reach, could not finish a transaction (its
     * commit or rollback failed) or gave up on a lock (deadlock, lock or query timeout), so that the
     * same request may well succeed shortly: decided by every cause, whatever wraps it, so that a
     * connection failure that Spring could not classify ({@code UncategorizedSQLException}) counts too.
     */
    static boolean databaseUnavailable(Throwable failure) {
        @Nullable Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof PessimisticLockingFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 (connection exception), 40001 and 40P01 (serialization failure, deadlock),
     * 55P03 (lock not available): the same request may well succeed shortly.
     */
    private static boolean isTransientState(@Nullable String state) {
        return state != null
                && (state.startsWith("08") || state.equals("40001") || state.equals("40P01") || state.equals("55P03"));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root;
    }

    private static ResponseEntity<byte[]> answer(HttpStatusCode status, byte[] body) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(body);
    }
}
