package org.casillero.geo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.casillero.geo.GeoData.Changes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator replaces the reference tables with their own (their codes, so that the codes their
 * partners stored keep meaning the same places): all three files are checked first, then applied in
 * one transaction. A city that a customer's address uses is never removed. The same import twice
 * changes nothing the second time.
 */
@Service
public class GeoImport {
    private static final int CITIES_NAMED = 10;

    private final GeoRepository repository;
    private final GeoTables tables;
    private final Geography geography;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GeoImport(
            GeoRepository repository,
            GeoTables tables,
            Geography geography,
            TransactionTemplate transaction,
            Clock clock) {
        this.repository = repository;
        this.tables = tables;
        this.geography = geography;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What an import did, table by table ("12 added, 3 changed, 0 removed"). */
    public record Summary(boolean changed, List<String> tables) {}

    public Summary importFiles(Path countries, Path states, Path cities, Consumer<String> progress) {
        GeoData wanted = GeoCsv.read(countries, states, cities, progress);
        Summary summary = transaction.execute(status -> {
            Changes changes = repository.load().changesTo(wanted);
            if (changes.none()) {
                return new Summary(false, List.of());
            }
            refuseToOrphanAddresses(changes.cities().deletes());
            tables.apply(changes, progress);
            repository.markImported(clock.instant());
            return new Summary(
                    true,
                    List.of(
                            "countries: " + changes.countries().summary(),
                            "states: " + changes.states().summary(),
                            "cities: " + changes.cities().summary()));
        });
        geography.refreshIfChanged();
        return Objects.requireNonNull(summary);
    }

    private void refuseToOrphanAddresses(List<Integer> removedCities) {
        Map<Integer, Integer> used = repository.addressesPerCity();
        Map<Integer, Integer> orphaned = removedCities.stream()
                .filter(used::containsKey)
                .collect(Collectors.toMap(code -> code, used::get, (a, b) -> a, TreeMap::new));
        if (orphaned.isEmpty()) {
            return;
        }
        int addresses = orphaned.values().stream().mapToInt(Integer::intValue).sum();
        throw new GeoImportRefused("The import would remove " + orphaned.size()
                + (orphaned.size() == 1 ? " city" : " cities") + " that " + addresses + " customer "
                + (addresses == 1 ? "address uses" : "addresses use") + "; nothing was changed. Keep "
                + (orphaned.size() == 1 ? "it" : "them") + " in the cities file: "
                + orphaned.entrySet().stream()
                        .limit(CITIES_NAMED)
                        .map(e -> "city_code " + e.getKey() + " (" + e.getValue()
                                + (e.getValue() == 1 ? " address)" : " addresses)"))
                        .collect(Collectors.joining(", "))
                + (orphaned.size() > CITIES_NAMED ? ", …" : "") + ".");
    }
}
