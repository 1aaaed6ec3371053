package org.casillero.geo.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.casillero.geo.City;
import org.casillero.geo.Country;
import org.casillero.geo.Geography;
import org.casillero.geo.State;
import org.casillero.partner.ApiClient;
import org.casillero.shared.web.Answers;
import org.casillero.shared.web.BoxBody;
import org.casillero.shared.web.BoxController;
import org.casillero.shared.web.PreparedAnswer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Box API's geographic lookups, one array element per item, sorted by name; an empty list answers
 * one failed element instead ({@link NothingListed}). They are served from
 * memory, and each list is written once per data version and kept (up to {@link #CACHE_BYTES}), so
 * that the large ones (every country, a big state's cities) cost a copy to send again.
 */
@BoxController
@RequestMapping("/wcf-services/service-geographic.svc/geographic")
class GeographicController {
    private static final long CACHE_BYTES = 32L << 20;

    private final Geography geography;
    private final Answers answers;
    private final Cache<Key, PreparedAnswer> cache = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((Key key, PreparedAnswer answer) -> answer.size())
            .build();

    GeographicController(Geography geography, Answers answers) {
        this.geography = geography;
        this.answers = answers;
    }

    /** One list of one data version: the countries (code 0), a country's states or a state's cities. */
    private record Key(long version, String list, int code) {}

    record CountryItem(int countryCode, String countryIsoCode, String countryName, String ctryCodePhone) {
        static CountryItem of(Country c) {
            return new CountryItem(c.code(), c.isoCode(), c.name(), c.phoneCode());
        }
    }

    record StateItem(int stateCode, String stateName, int countryCode, String countryIsoCode) {}

    record CityItem(int cityCode, String cityName, int stateCode, int countryCode, String countryIsoCode) {}

    @PostMapping("/geographic-get-countries")
    PreparedAnswer countries(ApiClient authenticated) {
        return cached(
                "countries",
                0,
                () -> geography.countries().stream().map(CountryItem::of).toList());
    }

    @PostMapping("/geographic-get-states")
    PreparedAnswer states(ApiClient authenticated, @BoxBody StatesRequest request) {
        int countryCode = Objects.requireNonNull(request.countryCode());
        List<State> states = geography.states(countryCode);
        if (states.isEmpty()) {
            throw NothingListed.states();
        }
        return cached("states", countryCode, () -> {
            String iso = geography.country(countryCode).map(Country::isoCode).orElseThrow();
            return states.stream()
                    .map(s -> new StateItem(s.code(), s.name(), countryCode, iso))
                    .toList();
        });
    }

    @PostMapping("/geographic-get-cities")
    PreparedAnswer cities(ApiClient authenticated, @BoxBody CitiesRequest request) {
        int stateCode = Objects.requireNonNull(request.stateCode());
        List<City> cities = geography.cities(stateCode);
        if (cities.isEmpty()) {
            throw NothingListed.cities();
        }
        return cached("cities", stateCode, () -> {
            State state = geography.state(stateCode).orElseThrow();
            String iso =
                    geography.country(state.countryCode()).map(Country::isoCode).orElseThrow();
            return cities.stream()
                    .map(c -> new CityItem(c.code(), c.name(), stateCode, state.countryCode(), iso))
                    .toList();
        });
    }

    private PreparedAnswer cached(String list, int code, Supplier<List<?>> items) {
        return cache.get(new Key(geography.version(), list, code), key -> answers.prepare(items.get()));
    }
}
