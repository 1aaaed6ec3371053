package org.casillero;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A second server on the test's database, on a port of its own: what another instance sees. */
public final class OtherInstance implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final BoxClient box;

    private OtherInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.box = new BoxClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public static OtherInstance start() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("server.port", "0");
        properties.put("casillero.demo-data", "true");
        return new OtherInstance(new SpringApplicationBuilder(CasilleroApplication.class)
                .run(properties.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new)));
    }

    public BoxClient box() {
        return box;
    }

    /** How long until the condition holds, polled every 20 ms; fails after five seconds. */
    public static Duration until(BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            if (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(5)) > 0) {
                throw new AssertionError("Not true after five seconds");
            }
            Thread.sleep(20);
        }
        return Duration.between(start, Instant.now());
    }

    @Override
    public void close() {
        context.close();
    }
}
