package org.casillero;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.logging.LoggingSystem;

/**
 * For tests that start applications of their own: those applications leave the JVM's logging as it
 * is, which the other tests' cached servers share (and some of them set levels of their own).
 */
public final class LeaveLoggingAlone implements BeforeEachCallback, AfterEachCallback {
    /** Starts an application (in a {@code @BeforeAll}, say) that leaves the JVM's logging as it is. */
    public static <T> T starting(Supplier<T> application) {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            return application.get();
        } finally {
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
    }
}
