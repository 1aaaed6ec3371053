package org.casillero.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Tomcat's error report, the answer to a request that the container refused before the application
 * saw it (a broken request line, duplicate or unknown framing headers, an oversized header, a
 * missing Host, a path it will not decode), in the Box envelope instead of Tomcat's HTML page. Such
 * a request passed no filter: it gets its request id and its access-log line here.
 */
final class EnvelopeErrorReportValve extends ErrorReportValve {
    private static final Logger log = LoggerFactory.getLogger(EnvelopeErrorReportValve.class);

    private final BoxErrorMapper mapper;

    EnvelopeErrorReportValve(BoxErrorMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        // As Tomcat's own report: only an error not reported yet, on an answer still empty and deliverable.
        if (response.getStatus() < 400
                || response.getContentWritten() > 0
                || !response.setErrorReported()
                || !ioAllowed(response)) {
            return;
        }
        @Nullable String known = response.getHeader(RequestIdFilter.HEADER);
        String id = known != null ? known : RequestIdFilter.requestId(request);
        response.setHeader(RequestIdFilter.HEADER, id);
        try {
            BoxErrorMapper.write(mapper.containerFailure(response.getStatus()), response);
            if (known == null) {
                logAccess(id, request, response);
            }
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            log.debug("Could not send the error report: {}", e.toString());
        }
    }

    private static void logAccess(String id, Request request, Response response) {
        long started = request.getCoyoteRequest().getStartTimeNanos();
        MDC.put(RequestIdFilter.MDC_KEY, id);
        try {
            RequestIdFilter.logAccess(
                    request.getMethod(),
                    request.getRequestURI(),
                    response.getStatus(),
                    started > 0 ? System.nanoTime() - started : 0);
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }
}
