package org.casillero.shared.web;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the access log ({@code org.casillero.access}, one line per request) from a thread of its
 * own: a request hands its line to Logback's {@link AsyncAppender} and answers without waiting for
 * it to be formatted and written. The lines go where the other lines go (the appenders of the root
 * logger), in order, with the request's id; none is dropped (a full queue makes requests wait), and
 * what is queued is written when logging stops. Installed on the logging system (Logback, Spring
 * Boot's default) when the application starts, unless the logging configuration gives the access
 * log appenders of its own; with another logging system, the access log stays as it is.
 */
@Component
final class AsyncAccessLog {
    static final String LOGGER = "org.casillero.access";
    private static final String NAME = AsyncAccessLog.class.getName();

    AsyncAccessLog() {
        install(LoggerFactory.getILoggerFactory());
    }

    static void install(ILoggerFactory loggers) {
        if (!(loggers instanceof LoggerContext context)) {
            return;
        }
        Logger access = context.getLogger(LOGGER);
        if (!access.isAdditive() || access.iteratorForAppenders().hasNext()) {
            return; // installed already, or the operator's logging configuration says where the lines go
        }
        List<Appender<ILoggingEvent>> targets = new ArrayList<>();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .iteratorForAppenders()
                .forEachRemaining(targets::add);
        if (targets.isEmpty()) {
            return;
        }
        AsyncAppender async = new AsyncAppender();
        async.setName(NAME);
        async.setContext(context);
        async.setQueueSize(4096);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(false);
        targets.forEach(async::addAppender);
        async.start();
        access.addAppender(async);
        access.setAdditive(false);
    }
}
