package org.casillero.geo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an operator's reference tables from CSV files (UTF-8, a header line naming the columns as
 * the Box API does) and checks all of them before anything is changed: every problem is collected
 * with its file and line.
 */
final class GeoCsv {
    static final List<String> COUNTRY_COLUMNS =
            List.of("country_code", "country_iso_code", "country_name", "ctry_code_phone");
    static final List<String> STATE_COLUMNS = List.of("state_code", "country_code", "state_name");
    static final List<String> CITY_COLUMNS = List.of("city_code", "state_code", "city_name");

    private static final int MAX_ERRORS_SHOWN = 50;
    private static final int PROGRESS_EVERY = 50_000;
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern PHONE_CODE = Pattern.compile("[0-9]{1,6}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private final List<String> errors = new ArrayList<>();
    private final Consumer<String> progress;

    private GeoCsv(Consumer<String> progress) {
        this.progress = progress;
    }

    /** The three files as one data set; {@link GeoImportRefused} lists every problem found. */
    static GeoData read(Path countries, Path states, Path cities, Consumer<String> progress) {
        GeoCsv csv = new GeoCsv(progress);
        Map<Integer, Integer> countryLines = new HashMap<>();
        Map<String, Integer> isoLines = new HashMap<>();
        List<Country> countryRows = csv.rows(countries, COUNTRY_COLUMNS, (row, file, line) -> {
            Integer code = csv.code(row, "country_code", file, line);
            boolean fresh = code != null && csv.unique(countryLines, code, "country_code " + code, file, line);
            String iso = row.get("country_iso_code").toUpperCase(Locale.ROOT);
            if (!ISO_CODE.matcher(iso).matches()) {
                csv.error(file, line, "country_iso_code must be two letters (ISO 3166-1 alpha-2)");
            } else {
                csv.unique(isoLines, iso, "country_iso_code " + iso, file, line);
            }
            String name = csv.name(row, "country_name", 100, file, line);
            String phone = row.get("ctry_code_phone").replaceFirst("^\\+", "");
            if (!PHONE_CODE.matcher(phone).matches()) {
                csv.error(file, line, "ctry_code_phone must be 1 to 6 digits");
            }
            if (!fresh || name == null) {
                return null;
            }
            return new Country(Objects.requireNonNull(code), iso, name, phone);
        });
        Map<Integer, Integer> stateLines = new HashMap<>();
        List<State> stateRows =
                csv.children(states, STATE_COLUMNS, stateLines, countryLines.keySet(), countries, 200, State::new);
        List<City> cityRows =
                csv.children(cities, CITY_COLUMNS, new HashMap<>(), stateLines.keySet(), states, 200, City::new);
        if (!csv.errors.isEmpty()) {
            throw new GeoImportRefused(csv.report());
        }
        return new GeoData(countryRows, stateRows, cityRows);
    }

    /** A row made of its code, its parent's code and its name. */
    @FunctionalInterface
    private interface Child<T> {
        T of(int code, int parent, String name);
    }

    /**
     * States or cities: the columns are the code, the parent's code (which must be in the parent
     * file) and the name; {@code lines} collects each code's line.
     */
    private <T> List<T> children(
            Path path,
            List<String> columns,
            Map<Integer, Integer> lines,
            Set<Integer> parents,
            Path parentFile,
            int maxNameLength,
            Child<T> child) {
        String codeColumn = columns.get(0);
        return rows(path, columns, (row, file, line) -> {
            Integer code = code(row, codeColumn, file, line);
            boolean fresh = code != null && unique(lines, code, codeColumn + " " + code, file, line);
            Integer parent = parent(row, columns.get(1), parents, parentFile, file, line);
            String name = name(row, columns.get(2), maxNameLength, file, line);
            if (!fresh || parent == null || name == null) {
                return null;
            }
            return child.of(Objects.requireNonNull(code), parent, name);
        });
    }

    @FunctionalInterface
    private interface RowReader<T> {
        @Nullable
        T read(CSVRecord row, String file, long line);
    }

    private <T> List<T> rows(Path path, List<String> columns, RowReader<T> reader) {
        String file = path.getFileName().toString();
        List<T> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(in)) {
            List<String> missing = columns.stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                errors.add(file + ": the header line must name the columns " + String.join(",", columns) + " (missing: "
                        + String.join(",", missing) + ")");
                return rows;
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    error(
                            file,
                            line,
                            "has " + row.size() + " fields, the header "
                                    + parser.getHeaderNames().size());
                    continue;
                }
                T value = reader.read(row, file, line);
                if (value != null) {
                    rows.add(value);
                }
                if (row.getRecordNumber() % PROGRESS_EVERY == 0) {
                    progress.accept(file + ": " + row.getRecordNumber() + " lines read");
                }
            }
            progress.accept(file + ": " + parser.getRecordNumber() + " lines read");
        } catch (IOException | UncheckedIOException e) {
            errors.add(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (IllegalArgumentException | IllegalStateException e) {
            errors.add(file + ": is not valid CSV (" + e.getMessage() + ")");
        }
        return rows;
    }

    private @Nullable Integer code(CSVRecord row, String column, String file, long line) {
        String text = row.get(column);
        try {
            int code = Integer.parseInt(text);
            if (code > 0) {
                return code;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(file, line, column + " must be a positive whole number, not \"" + text + "\"");
        return null;
    }

    private @Nullable Integer parent(
            CSVRecord row, String column, Set<Integer> known, Path parentFile, String file, long line) {
        Integer code = code(row, column, file, line);
        if (code != null && !known.contains(code)) {
            error(file, line, column + " " + code + " is not in " + parentFile.getFileName());
            return null;
        }
        return code;
    }

    private @Nullable String name(CSVRecord row, String column, int maxLength, String file, long line) {
        String name = row.get(column);
        if (name.isEmpty() || name.length() > maxLength || name.chars().anyMatch(Character::isISOControl)) {
            error(file, line, column + " must have 1 to " + maxLength + " printable characters");
            return null;
        }
        return name;
    }

    private <K> boolean unique(Map<K, Integer> seen, K key, String what, String file, long line) {
        Integer first = seen.putIfAbsent(key, (int) line);
        if (first != null) {
            error(file, line, what + " is also on line " + first);
            return false;
        }
        return true;
    }

    private void error(String file, long line, String message) {
        errors.add(file + ":" + line + ": " + message);
    }

    private String report() {
        StringBuilder text = new StringBuilder("The import files have " + errors.size()
                + (errors.size() == 1 ? " problem" : " problems") + "; nothing was changed:");
        errors.stream()
                .limit(MAX_ERRORS_SHOWN)
                .forEach(error -> text.append("\n  ").append(error));
        if (errors.size() > MAX_ERRORS_SHOWN) {
            text.append("\n  … and ").append(errors.size() - MAX_ERRORS_SHOWN).append(" more");
        }
        return text.toString();
    }
}
