package org.casillero.geo;

import java.text.Collator;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory copy of the reference tables at one version, with each list sorted by name
 * (accents and case aside, then by code), so that lookups need no database query. The 250 countries
 * and few thousand states are records; the 171,000 cities are primitive arrays ({@link CityTable}),
 * and a {@link City} or {@link Place} is made when asked for: about 4 MiB of heap for the world
 * (maps of records took 19 MiB).
 */
final class GeoCatalog {
    private static final Collator BY_NAME = Collator.getInstance(Locale.ROOT);

    static {
        BY_NAME.setStrength(Collator.PRIMARY);
    }

    private final long version;
    private final List<Country> countries;
    /** Ascending codes; the country and its states (by name) at the same index. */
    private final int[] countryCodes;

    private final Country[] countryByCode;
    private final List<List<State>> statesOfCountry;
    /** Every state, by country code, then by name, then by code; its cities' slice has its index. */
    private final State[] states;
    /** Ascending codes; the state's index in {@link #states} at the same index. */
    private final int[] stateCodes;

    private final int[] stateAt;
    private final CityTable cities;

    GeoCatalog(long version, GeoData data) {
        Collator byName = (Collator) BY_NAME.clone();
        this.version = version;
        this.countries = data.countries().stream()
                .sorted(byName(byName, Country::name, Country::code))
                .toList();
        this.countryByCode = data.countries().stream()
                .sorted(Comparator.comparingInt(Country::code))
                .toArray(Country[]::new);
        this.countryCodes = Arrays.stream(countryByCode).mapToInt(Country::code).toArray();
        this.states = data.states().stream()
                .sorted(Comparator.comparingInt(State::countryCode)
                        .thenComparing(byName(byName, State::name, State::code)))
                .toArray(State[]::new);
        this.statesOfCountry = Arrays.stream(countryCodes)
                .mapToObj(code -> Arrays.stream(states)
                        .filter(s -> s.countryCode() == code)
                        .toList())
                .toList();
        this.stateAt = ascending(states.length, s -> states[s].code());
        this.stateCodes = Arrays.stream(stateAt).map(s -> states[s].code()).toArray();
        this.cities = new CityTable(data.cities(), this::statePosition, states.length, byName);
    }

    long version() {
        return version;
    }

    List<Country> countries() {
        return countries;
    }

    @Nullable
    Country country(int code) {
        int i = Arrays.binarySearch(countryCodes, code);
        return i < 0 ? null : countryByCode[i];
    }

    @Nullable
    State state(int code) {
        int s = statePosition(code);
        return s < 0 ? null : states[s];
    }

    List<State> states(int countryCode) {
        int i = Arrays.binarySearch(countryCodes, countryCode);
        return i < 0 ? List.of() : statesOfCountry.get(i);
    }

    /** A view of the state's slice: each {@link City} is made when read. */
    List<City> cities(int stateCode) {
        int s = statePosition(stateCode);
        return s < 0 ? List.of() : new CitiesOfState(s, stateCode);
    }

    /** The city with its state and country, or null for an unknown code. */
    @Nullable
    Place place(int cityCode) {
        int p = cities.position(cityCode);
        if (p < 0) {
            return null;
        }
        State state = states[cities.state(p)];
        Country country = country(state.countryCode());
        if (country == null) {
            throw new IllegalStateException("State " + state.code() + " has no country " + state.countryCode());
        }
        return new Place(
                cities.code(p),
                cities.name(p),
                state.code(),
                state.name(),
                country.code(),
                country.name(),
                country.isoCode());
    }

    private int statePosition(int code) {
        int i = Arrays.binarySearch(stateCodes, code);
        return i < 0 ? -1 : stateAt[i];
    }

    /** The positions 0..n-1 ordered by their code. */
    static int[] ascending(int n, IntUnaryOperator code) {
        return IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparingInt(code::applyAsInt))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static <T> Comparator<T> byName(Collator collator, Function<T, String> name, ToIntFunction<T> code) {
        return Comparator.comparing(name, collator::compare).thenComparingInt(code);
    }

    private final class CitiesOfState extends AbstractList<City> implements RandomAccess {
        private final int from;
        private final int size;
        private final int stateCode;

        CitiesOfState(int state, int stateCode) {
            this.from = cities.from(state);
            this.size = cities.to(state) - from;
            this.stateCode = stateCode;
        }

        @Override
        public City get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return new City(cities.code(from + index), stateCode, cities.name(from + index));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
