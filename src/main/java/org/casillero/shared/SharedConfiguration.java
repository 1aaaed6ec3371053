package org.casillero.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Bean
    static EventStoreDatabase eventStoreDatabase() {
        return new EventStoreDatabase();
    }

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
     * PostgreSQL) refuses to start before it changes anything there. It also waits for the embedded
     * database's folder to be its owner's alone, so that the first connection (Flyway's) creates
     * the database files where no other user of the machine can reach them.
     */
    /** The database files that the first connection made (with the process's default permissions): their owner's too. */
    @Bean
    SmartInitializingSingleton ownerOnlyDatabaseFiles(@Value("${spring.datasource.url:}") String datasourceUrl) {
        return () -> EmbeddedFiles.ownerOnlyDatabase(datasourceUrl);
    }

    @Bean
    FlywayConfigurationCustomizer migrateOnlyWithAServerSecret(
            ServerSecret serverSecret, @Value("${spring.datasource.url:}") String datasourceUrl) {
        EmbeddedFiles.ownerOnlyDatabase(datasourceUrl);
        return configuration -> {};
    }

    /**
     * The embedded default keeps a generated secret beside its database, made on first start: written
     * whole to a temporary file readable by its owner alone, then linked into place, which fails if
     * the file is there already: no other user can read it, no server sees half a secret, and of two
     * servers starting at once the one that loses the race reads the winner's.
     */
    private static byte[] embeddedSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                Path folder = EmbeddedFiles.ownerOnly(
                        file.toAbsolutePath().getParent(), file.getFileName().toString());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path draft = ownerOnlyFile(folder);
                try {
                    Files.writeString(draft, Base64.getEncoder().encodeToString(fresh) + "\n");
                    publish(draft, file);
                    log.info("Generated a server secret in {}", file.toAbsolutePath());
                } catch (FileAlreadyExistsException e) {
                    log.info("Another server generated the server secret in {} first", file.toAbsolutePath());
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            restrictToOwner(file);
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server secret " + file.toAbsolutePath(), e);
        }
    }

    /** Puts the finished file in place unless one is there ({@link FileAlreadyExistsException}). */
    private static void publish(Path draft, Path file) throws IOException {
        try {
            Files.createLink(file, draft);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            // No hard links on this file system: a move that refuses to replace a file already there.
            Files.move(draft, file);
        }
    }

    /** A secret file made by an earlier version may be readable by others: no longer. */
    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            log.info("Made the server secret {} readable by its owner only", file.toAbsolutePath());
        }
    }

    private static Path ownerOnlyFile(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(
                    folder, "server-secret", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createTempFile(folder, "server-secret", ".tmp");
    }
}
