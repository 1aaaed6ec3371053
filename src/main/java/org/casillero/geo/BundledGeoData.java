package org.casillero.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The world's countries, states and cities that ship inside the program (src/main/resources/geo,
 * built by tools/geo from GeoNames, countries-list and libphonenumber-js; see NOTICE).
 */
final class BundledGeoData {
    private BundledGeoData() {
        throw new AssertionError();
    }

    static GeoData read() {
        return new GeoData(
                rows("countries", f -> new Country(Integer.parseInt(f[0]), f[1], f[2], f[3])),
                rows("states", f -> new State(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[3])),
                rows("cities", f -> new City(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2])));
    }

    private static <T> List<T> rows(String name, Function<String[], T> row) {
        String resource = "/geo/" + name + ".tsv.gz";
        try (InputStream in = BundledGeoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled geographic data " + resource + " is missing");
            }
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(row.apply(line.split("\t", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled geographic data " + resource, e);
        }
    }
}
