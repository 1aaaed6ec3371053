package org.casillero.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The embedded database's files hold every customer, hash and invoice: they are their owner's alone,
 * as the generated server secret beside them is. H2 creates its files with the process's default
 * permissions (usually readable by every user of the machine), so the folder that holds them is made
 * {@code rwx------} before the first connection, and files of ours that an earlier version left
 * readable lose group's and others' permissions. Files H2 makes later get the default permissions,
 * but in a folder nobody else can enter. A folder that others may write to (a shared {@code /tmp})
 * is left as it is: only our files in it are restricted.
 */
final class EmbeddedFiles {
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private EmbeddedFiles() {
        throw new AssertionError();
    }

    /** The files of an H2 file database ({@code jdbc:h2:file:PATH;…} or {@code jdbc:h2:PATH}) and their folder. */
    static void ownerOnlyDatabase(String datasourceUrl) {
        Path database = h2Database(datasourceUrl);
        if (database != null) {
            ownerOnly(database.getParent(), database.getFileName().toString());
        }
    }

    /**
     * Creates the folder owner-only, or takes group's and others' permissions from it (unless others
     * may write to it) and from its files whose names start with {@code ours}.
     */
    static Path ownerOnly(Path folder, String ours) {
        try {
            if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Files.createDirectories(folder);
            }
            if (Files.notExists(folder)) {
                return Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            }
            if (!Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_WRITE)) {
                restrict(folder);
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(
                                file -> file.getFileName().toString().startsWith(ours))
                        .filter(Files::isRegularFile)
                        .toList()) {
                    restrict(file);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + folder.toAbsolutePath() + " readable by its owner only", e);
        }
    }

    private static void restrict(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        if (permissions.removeAll(GROUP_AND_OTHERS)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** The database's path without H2's suffixes; null for any other database (PostgreSQL, H2 in memory or over TCP). */
    static @Nullable Path h2Database(String datasourceUrl) {
        String location;
        if (datasourceUrl.startsWith("jdbc:h2:file:")) {
            location = datasourceUrl.substring("jdbc:h2:file:".length());
        } else if (datasourceUrl.startsWith("jdbc:h2:") && !datasourceUrl.matches("jdbc:h2:[a-zA-Z]{2,}:.*")) {
            location = datasourceUrl.substring("jdbc:h2:".length());
        } else {
            return null;
        }
        location = location.split(";", 2)[0];
        if (location.isEmpty()) {
            return null;
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Path.of(location).toAbsolutePath().normalize();
    }
}
