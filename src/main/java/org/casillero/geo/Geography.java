package org.casillero.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The geographic reference data: countries, their states, and the states' cities, served from an
 * in-memory copy that follows the database's version (after an import, within the refresh interval).
 */
@Component
public class Geography {
    private static final Logger log = LoggerFactory.getLogger(Geography.class);

    private final GeoRepository repository;
    private volatile GeoCatalog catalog = new GeoCatalog(0, new GeoData(List.of(), List.of(), List.of()));

    Geography(GeoRepository repository) {
        this.repository = repository;
    }

    /** The version of the data served: it changes with every load or import. */
    public long version() {
        return catalog.version();
    }

    /** Every country, by name. */
    public List<Country> countries() {
        return catalog.countries();
    }

    /** The country's states, by name. */
    public List<State> states(int countryCode) {
        GeoCatalog current = catalog;
        if (current.country(countryCode) == null) {
            throw new UnknownPlace("country_code");
        }
        return current.states(countryCode);
    }

    /** The state's cities, by name. */
    public List<City> cities(int stateCode) {
        GeoCatalog current = catalog;
        if (current.state(stateCode) == null) {
            throw new UnknownPlace("state_code");
        }
        return current.cities(stateCode);
    }

    public Optional<Country> country(int countryCode) {
        return Optional.ofNullable(catalog.country(countryCode));
    }

    public Optional<State> state(int stateCode) {
        return Optional.ofNullable(catalog.state(stateCode));
    }

    public Optional<Place> findPlace(int cityCode) {
        return Optional.ofNullable(place(catalog, cityCode));
    }

    /** The places of these cities, by city code; unknown codes are left out. */
    public Map<Integer, Place> places(Collection<Integer> cityCodes) {
        GeoCatalog current = catalog;
        Map<Integer, Place> places = new HashMap<>();
        for (int code : cityCodes) {
            Place place = place(current, code);
            if (place != null) {
                places.put(code, place);
            }
        }
        return places;
    }

    /**
     * Reloads the copy when the database holds another version; answers whether it did. An import
     * that commits while the tables are read shows as a new version, and the tables are read again.
     */
    synchronized boolean refreshIfChanged() {
        long stored = repository.version().orElse(0L);
        if (stored == catalog.version()) {
            return false;
        }
        GeoData data = repository.load();
        for (long after = repository.version().orElse(0L);
                after != stored;
                after = repository.version().orElse(0L)) {
            stored = after;
            data = repository.load();
        }
        catalog = new GeoCatalog(stored, data);
        log.info(
                "Geographic data version {}: {} countries, {} states, {} cities",
                stored,
                data.countries().size(),
                data.states().size(),
                data.cities().size());
        return true;
    }

    private static @Nullable Place place(GeoCatalog catalog, int cityCode) {
        return catalog.place(cityCode);
    }
}
