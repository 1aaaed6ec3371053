package org.casillero.geo;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory copy of the reference tables at one version, with each list sorted by
 * name (accents and case aside, then by code), so that lookups need no database query.
 */
final class GeoCatalog {
    private static final Collator BY_NAME = Collator.getInstance(Locale.ROOT);

    static {
        BY_NAME.setStrength(Collator.PRIMARY);
    }

    private final long version;
    private final List<Country> countries;
    private final Map<Integer, Country> countriesByCode;
    private final Map<Integer, State> statesByCode;
    private final Map<Integer, City> citiesByCode;
    private final Map<Integer, List<State>> statesByCountry;
    private final Map<Integer, List<City>> citiesByState;

    GeoCatalog(long version, GeoData data) {
        this.version = version;
        this.countries = data.countries().stream()
                .sorted(order(Country::name, Country::code))
                .toList();
        this.countriesByCode = index(data.countries(), Country::code);
        this.statesByCode = index(data.states(), State::code);
        this.citiesByCode = index(data.cities(), City::code);
        this.statesByCountry = group(data.states(), State::countryCode, order(State::name, State::code));
        this.citiesByState = group(data.cities(), City::stateCode, order(City::name, City::code));
    }

    static GeoCatalog empty() {
        return new GeoCatalog(0, new GeoData(List.of(), List.of(), List.of()));
    }

    long version() {
        return version;
    }

    List<Country> countries() {
        return countries;
    }

    @Nullable
    Country country(int code) {
        return countriesByCode.get(code);
    }

    @Nullable
    State state(int code) {
        return statesByCode.get(code);
    }

    @Nullable
    City city(int code) {
        return citiesByCode.get(code);
    }

    List<State> states(int countryCode) {
        return statesByCountry.getOrDefault(countryCode, List.of());
    }

    List<City> cities(int stateCode) {
        return citiesByState.getOrDefault(stateCode, List.of());
    }

    private static <T> Comparator<T> order(Function<T, String> name, Function<T, Integer> code) {
        return Comparator.comparing(name, BY_NAME::compare).thenComparing(code);
    }

    private static <T> Map<Integer, T> index(List<T> rows, Function<T, Integer> code) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
    }

    private static <T> Map<Integer, List<T>> group(List<T> rows, Function<T, Integer> parent, Comparator<T> order) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        parent,
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                list -> list.stream().sorted(order).toList())))
                .entrySet()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
