package org.casillero.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** How many rows the bundled geographic files hold, read the way a maintainer would count them. */
public final class BundledRows {
    private BundledRows() {
        throw new AssertionError();
    }

    /** The rows of {@code src/main/resources/geo/<name>.tsv.gz}: countries, states or cities. */
    public static long count(String name) {
        try (var in = BundledRows.class.getResourceAsStream("/geo/" + name + ".tsv.gz");
                var lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isEmpty()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
