package org.casillero.geo;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.casillero.shared.ServiceBusy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The geographic reference data: countries, their states, and the states' cities, served from an
 * in-memory copy that follows the database's version (after an import, within the refresh interval).
 *
 * <p>Nothing is answered before the copy is filled: a server fills it in the background as it starts
 * ({@link GeoStartup}), and a lookup that comes first waits for that load, or does it itself, up to
 * {@link #FIRST_LOAD_WAIT}; after that it answers 503 (busy, try again), never an answer from
 * missing data.
 */
@Component
public class Geography {
    private static final Logger log = LoggerFactory.getLogger(Geography.class);
    static final Duration FIRST_LOAD_WAIT = Duration.ofSeconds(10);

    private final GeoRepository repository;
    private final BundledLoad bundled;
    /** Held while the copy is read from the database: loads and checks one at a time. */
    private final ReentrantLock loading = new ReentrantLock();

    private volatile @Nullable GeoCatalog catalog;

    Geography(GeoRepository repository, BundledLoad bundled) {
        this.repository = repository;
        this.bundled = bundled;
    }

    /** The version of the data served: it changes with every load or import. */
    public long version() {
        return catalog().version();
    }

    /** Every country, by name. */
    public List<Country> countries() {
        return catalog().countries();
    }

    /** The country's states, by name. */
    public List<State> states(int countryCode) {
        GeoCatalog current = catalog();
        if (current.country(countryCode) == null) {
            throw new UnknownPlace("country_code");
        }
        return current.states(countryCode);
    }

    /** The state's cities, by name. */
    public List<City> cities(int stateCode) {
        GeoCatalog current = catalog();
        if (current.state(stateCode) == null) {
            throw new UnknownPlace("state_code");
        }
        return current.cities(stateCode);
    }

    public Optional<Country> country(int countryCode) {
        return Optional.ofNullable(catalog().country(countryCode));
    }

    /** The country with this ISO code ({@code MX}): a look through the 250 countries, no query. */
    public Optional<Country> countryByIso(String isoCode) {
        return catalog().countries().stream()
                .filter(c -> c.isoCode().equals(isoCode))
                .findFirst();
    }

    public Optional<State> state(int stateCode) {
        return Optional.ofNullable(catalog().state(stateCode));
    }

    public Optional<Place> findPlace(int cityCode) {
        return Optional.ofNullable(catalog().place(cityCode));
    }

    /** The places of these cities, by city code; unknown codes are left out. */
    public Map<Integer, Place> places(Collection<Integer> cityCodes) {
        GeoCatalog current = catalog();
        Map<Integer, Place> places = new HashMap<>();
        for (int code : cityCodes) {
            Place place = current.place(code);
            if (place != null) {
                places.put(code, place);
            }
        }
        return places;
    }

    /**
     * Reloads the copy when the database holds another version (or fills it the first time); answers
     * whether it did. An import that commits while the tables are read shows as a new version, and
     * the tables are read again. A database that never held geographic data gets the bundled data first.
     */
    boolean refreshIfChanged() {
        loading.lock();
        try {
            return reloadIfChanged();
        } finally {
            loading.unlock();
        }
    }

    private GeoCatalog catalog() {
        GeoCatalog current = catalog;
        return current != null ? current : firstLoad();
    }

    /** The first lookup: waits for the load under way, or loads. */
    private GeoCatalog firstLoad() {
        try {
            if (!loading.tryLock(FIRST_LOAD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceBusy("the geographic data is still loading after " + FIRST_LOAD_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusy("interrupted while waiting for the geographic data");
        }
        try {
            if (catalog == null) {
                reloadIfChanged();
            }
            GeoCatalog loaded = catalog;
            if (loaded == null) {
                throw new ServiceBusy("the geographic data is not loaded yet");
            }
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    private boolean reloadIfChanged() {
        bundled.loadIfNeverLoaded();
        GeoCatalog current = catalog;
        long stored = repository.version().orElse(0L);
        if (stored == 0 || current != null && stored == current.version()) {
            return false;
        }
        long started = System.nanoTime();
        GeoData data = repository.load();
        for (long after = repository.version().orElse(0L);
                after != stored;
                after = repository.version().orElse(0L)) {
            stored = after;
            data = repository.load();
        }
        long read = System.nanoTime();
        catalog = new GeoCatalog(stored, data);
        log.info(
                "Geographic data version {}: {} countries, {} states, {} cities (read in {} ms, indexed in {} ms)",
                stored,
                data.countries().size(),
                data.states().size(),
                data.cities().size(),
                Duration.ofNanos(read - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - read).toMillis());
        return true;
    }
}
