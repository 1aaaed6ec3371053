package org.casillero.shipment.invoice;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.Tika;

/**
 * The kinds of invoice file accepted, by the extension of their name, with the content type they are
 * served as. Bytes are accepted only when their content (its magic numbers, as Apache Tika detects
 * them, never the name) is of that kind: HTML, scripts and executables are refused whatever their
 * name, and a text file may not carry markup or script.
 */
public enum FileKind {
    PDF("application/pdf", "application/pdf"),
    JPG("image/jpeg", "image/jpeg"),
    JPEG("image/jpeg", "image/jpeg"),
    PNG("image/png", "image/png"),
    GIF("image/gif", "image/gif"),
    TXT("text/plain", "text/plain"),
    DOC("application/msword", "application/x-tika-msoffice", "application/msword"),
    DOCX(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** Markup and script that a text file may not carry (browsers would run them if they rendered it). */
    private static final Pattern ACTIVE_TEXT = Pattern.compile(
            "<\\s*(script|html|body|iframe|object|embed|svg|meta|link|style|form|!doctype)\\b|javascript:|^#!",
            Pattern.CASE_INSENSITIVE);

    private final String contentType;
    private final Set<String> detected;

    FileKind(String contentType, String... detected) {
        this.contentType = contentType;
        this.detected = Set.of(detected);
    }

    /** The content type a file of this kind is stored and served with. */
    public String contentType() {
        return contentType;
    }

    /** The kind a file name's extension names (in any case), if it is one accepted. */
    public static Optional<FileKind> ofName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(extension))
                .findFirst();
    }

    /** The extensions accepted, as a customer would write them: ".pdf, .jpg, ...". */
    public static String extensions() {
        return String.join(
                ", ",
                Arrays.stream(values())
                        .map(kind -> "." + kind.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    /** Whether these bytes are a file of this kind. */
    public boolean matches(byte[] bytes) {
        if (bytes.length == 0 || !detected.contains(Detector.TIKA.detect(bytes))) {
            return false;
        }
        return this != TXT
                || !ACTIVE_TEXT
                        .matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                        .find();
    }

    /** One detector for the whole server, made on first use (it reads Tika's table of magic numbers). */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }
}
