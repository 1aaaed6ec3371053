package org.casillero.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the reference tables as the three CSV files that the import reads, so that an operator can
 * start from the data in place (the bundled data or an earlier import), edit it, and import it.
 */
@Service
public class GeoExport {
    private final GeoRepository repository;

    GeoExport(GeoRepository repository) {
        this.repository = repository;
    }

    /** The files written, in the folder given (which must not hold files of those names). */
    @Transactional(readOnly = true)
    public List<Path> exportTo(Path folder) {
        List<Path> files =
                List.of(folder.resolve("countries.csv"), folder.resolve("states.csv"), folder.resolve("cities.csv"));
        for (Path file : files) {
            if (Files.exists(file)) {
                throw new GeoImportRefused(file + " already exists; choose a folder without it.");
            }
        }
        GeoData data = repository.load();
        write(
                files.get(0),
                GeoCsv.COUNTRY_COLUMNS,
                data.countries(),
                Country::code,
                c -> List.of(c.code(), c.isoCode(), c.name(), c.phoneCode()));
        write(
                files.get(1),
                GeoCsv.STATE_COLUMNS,
                data.states(),
                State::code,
                s -> List.of(s.code(), s.countryCode(), s.name()));
        write(
                files.get(2),
                GeoCsv.CITY_COLUMNS,
                data.cities(),
                City::code,
                c -> List.of(c.code(), c.stateCode(), c.name()));
        return files;
    }

    private static <T> void write(
            Path file, List<String> columns, List<T> rows, Function<T, Integer> code, Function<T, List<?>> values) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter printer = CSVFormat.RFC4180
                            .builder()
                            .setHeader(columns.toArray(String[]::new))
                            .setRecordSeparator('\n')
                            .get()
                            .print(out)) {
                for (T row : rows.stream().sorted(Comparator.comparing(code)).toList()) {
                    printer.printRecord(values.apply(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
