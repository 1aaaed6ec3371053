package org.casillero.geo;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casillero.geo.GeoData.Changes;
import org.springframework.stereotype.Component;

/**
 * Applies changes to the reference tables in an order the foreign keys allow: parents' inserts and
 * updates first, children's deletes first. Runs inside the caller's transaction.
 */
@Component
class GeoTables {
    private final GeoRepository repository;

    GeoTables(GeoRepository repository) {
        this.repository = repository;
    }

    void apply(Changes changes, Consumer<String> progress) {
        // An ISO code may pass from one country code to another: park the codes that may change hands.
        repository.parkIsoCodes(Stream.concat(
                        changes.countries().updates().stream().map(Country::code),
                        changes.countries().deletes().stream())
                .toList());
        repository.insertCountries(changes.countries().inserts());
        repository.updateCountries(changes.countries().updates());
        progress.accept("countries written");
        repository.insertStates(changes.states().inserts());
        repository.updateStates(changes.states().updates());
        progress.accept("states written");
        repository.insertCities(changes.cities().inserts());
        repository.updateCities(changes.cities().updates());
        repository.deleteCities(changes.cities().deletes());
        progress.accept("cities written");
        repository.deleteStates(changes.states().deletes());
        repository.deleteCountries(changes.countries().deletes());
    }
}
