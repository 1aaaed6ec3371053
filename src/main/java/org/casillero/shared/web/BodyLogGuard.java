package org.casillero.shared.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps request bodies out of the log at every level. Casillero itself never logs a body, but some
 * libraries do when their debugging output is on: Tomcat writes the raw bytes it reads ({@code
 * Received [...]}), Hibernate Validator every value it validates, Spring MVC every handler argument.
 * Their lines below INFO are dropped whatever level an operator sets, so that turning on debugging
 * never writes a card number, a password or anyone's data to the log. Installed on the logging
 * system (Logback, Spring Boot's default) when the application starts.
 */
@Component
final class BodyLogGuard {
    /** The loggers (and their children) whose debugging output holds request bytes or request values. */
    static final List<String> BODY_PRINTING_LOGGERS = List.of(
            "org.apache.coyote",
            "org.apache.tomcat.util.net",
            "org.apache.tomcat.util.http",
            "org.hibernate.validator",
            "org.springframework.web.method.support.InvocableHandlerMethod");

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(BodyLogGuard.class);

    BodyLogGuard() {
        install(LoggerFactory.getILoggerFactory());
    }

    static void install(ILoggerFactory loggers) {
        if (!(loggers instanceof LoggerContext context)) {
            log.warn(
                    "Logging is not Logback's: libraries' debugging output may hold request bodies; keep {} at INFO",
                    BODY_PRINTING_LOGGERS);
            return;
        }
        if (context.getTurboFilterList().stream().noneMatch(DebugOutputFilter.class::isInstance)) {
            DebugOutputFilter filter = new DebugOutputFilter();
            filter.setName(DebugOutputFilter.class.getName());
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    /** Drops the body-printing loggers' lines below INFO; decides nothing about any other line. */
    static final class DebugOutputFilter extends TurboFilter {
        @Override
        public FilterReply decide(
                @Nullable Marker marker,
                Logger logger,
                Level level,
                @Nullable String format,
                @Nullable Object @Nullable [] params,
                @Nullable Throwable t) {
            return level != null && level.toInt() < Level.INFO_INT && printsBodies(logger.getName())
                    ? FilterReply.DENY
                    : FilterReply.NEUTRAL;
        }

        private static boolean printsBodies(String name) {
            for (String prefix : BODY_PRINTING_LOGGERS) {
                if (name.startsWith(prefix)
                        && (name.length() == prefix.length() || name.charAt(prefix.length()) == '.')) {
                    return true;
                }
            }
            return false;
        }
    }
}
