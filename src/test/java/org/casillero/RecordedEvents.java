package org.casillero;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casillero.shared.DomainEvent;
import org.casillero.shipment.HoldRaised;
import org.casillero.shipment.PackageReceived;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Listens to every domain event in a test server ({@code casillero.test.events=on}), twice, as the
 * notification modules will: {@link #committed()} right after the commit, in the thread that made
 * the change (so a test reads it as soon as the answer came back), and {@link #delivered()} as a
 * module listener does, asynchronously, its publication stored with the change. The latter appends
 * each event it takes to {@code casillero.test.events.log} when set, fails while the file {@code
 * casillero.test.events.fail-while} exists, and waits while {@code casillero.test.events.hold-while}
 * exists (a server killed while it waits has taken its event but not finished it).
 */
@Component
@ConditionalOnProperty(name = "casillero.test.events", havingValue = "on")
public class RecordedEvents {
    private final List<Object> committed = new CopyOnWriteArrayList<>();
    private final List<Object> delivered = new CopyOnWriteArrayList<>();
    private final @Nullable Path log;
    private final @Nullable Path failWhile;
    private final @Nullable Path holdWhile;
    private final String server;

    RecordedEvents(Environment environment) {
        this.log = path(environment, "casillero.test.events.log");
        this.failWhile = path(environment, "casillero.test.events.fail-while");
        this.holdWhile = path(environment, "casillero.test.events.hold-while");
        this.server = environment.getProperty("casillero.test.events.server", "server");
    }

    /** A server on a database of its own, demo data on, with this recorder listening. */
    public static ConfigurableApplicationContext startServer() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshProperties());
        properties.put("server.port", "0");
        properties.put("casillero.demo-data", "true");
        properties.put("casillero.test.events", "on");
        return LeaveLoggingAlone.starting(() -> new SpringApplicationBuilder(CasilleroApplication.class)
                .run(properties.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new)));
    }

    /** What was told while {@code action} ran. */
    public List<Object> told(Runnable action) {
        int before = committed.size();
        action.run();
        return List.copyOf(committed.subList(before, committed.size()));
    }

    public List<Object> committed() {
        return List.copyOf(committed);
    }

    public List<Object> delivered() {
        return List.copyOf(delivered);
    }

    public <T> List<T> committed(Class<T> type) {
        return committed.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every domain event (not the framework's events). */
    @TransactionalEventListener
    void committed(DomainEvent event) {
        committed.add(event);
    }

    @ApplicationModuleListener
    void delivered(PackageReceived event) throws InterruptedException {
        take(event);
    }

    @ApplicationModuleListener
    void delivered(HoldRaised event) throws InterruptedException {
        take(event);
    }

    private void take(Object event) throws InterruptedException {
        append("taking " + event);
        while (holdWhile != null && Files.exists(holdWhile)) {
            Thread.sleep(20);
        }
        if (failWhile != null && Files.exists(failWhile)) {
            append("failing " + event);
            throw new IllegalStateException("The test listener fails while " + failWhile + " exists");
        }
        delivered.add(event);
        append("delivered " + event);
    }

    private synchronized void append(String line) {
        if (log == null) {
            return;
        }
        try {
            Files.writeString(
                    log,
                    server + " " + line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Path path(Environment environment, String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
