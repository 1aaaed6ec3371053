package org.casillero.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasilleroSettings.class)
class SharedConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SharedConfiguration.class);
    private static final int MIN_SECRET_LENGTH = 32;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Deployment deployment(@Value("${spring.datasource.url:}") String datasourceUrl) {
        return new Deployment(datasourceUrl.startsWith("jdbc:h2:"));
    }

    @Bean
    ServerSecret serverSecret(CasilleroSettings settings, Deployment deployment) {
        Secret configured = settings.serverSecret();
        if (configured != null) {
            if (configured.value().length() < MIN_SECRET_LENGTH) {
                throw new MissingServerSecret("casillero.server-secret is shorter than 32 characters.");
            }
            return new ServerSecret(configured.value().getBytes(StandardCharsets.UTF_8));
        }
        if (!deployment.embeddedDatabase()) {
            throw new MissingServerSecret("casillero.server-secret is not set; it is required on PostgreSQL.");
        }
        return new ServerSecret(embeddedSecret(settings.dataDir().resolve("server-secret")));
    }

    /**
     * Flyway waits for the server secret: a server that cannot run on this database (no secret on
     * PostgreSQL) refuses to start before it changes anything there.
     */
    @Bean
    FlywayConfigurationCustomizer migrateOnlyWithAServerSecret(ServerSecret serverSecret) {
        return configuration -> {};
    }

    /** The embedded default keeps a generated secret beside its database, made on first start. */
    private static byte[] embeddedSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                log.info("Generated a server secret in {}", file.toAbsolutePath());
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server secret " + file.toAbsolutePath(), e);
        }
    }
}
