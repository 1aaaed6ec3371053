package org.casillero.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact catalog answers exactly what maps of records sorted with the collator answer: every
 * list in the same order, every lookup by code the same record, on the whole bundled world.
 */
class GeoCatalogTests {
    static GeoData world;
    static GeoCatalog catalog;

    @BeforeAll
    static void buildTheWorld() {
        world = BundledGeoData.read();
        catalog = new GeoCatalog(7, world);
    }

    @Test
    void listsEveryCountryByNameThenCode() {
        assertThat(catalog.version()).isEqualTo(7);
        assertThat(catalog.countries()).isEqualTo(sorted(world.countries(), Country::name, Country::code));
    }

    @Test
    void listsEachCountrysStatesByNameThenCode() {
        Map<Integer, List<State>> byCountry =
                world.states().stream().collect(Collectors.groupingBy(State::countryCode));
        for (Country country : world.countries()) {
            assertThat(catalog.states(country.code()))
                    .as(country.name())
                    .isEqualTo(sorted(byCountry.getOrDefault(country.code(), List.of()), State::name, State::code));
        }
        assertThat(catalog.states(-1)).isEmpty();
    }

    @Test
    void listsEachStatesCitiesByNameThenCode() {
        Map<Integer, List<City>> byState = world.cities().stream().collect(Collectors.groupingBy(City::stateCode));
        for (State state : world.states()) {
            List<City> cities = catalog.cities(state.code());
            assertThat(cities)
                    .as(state.name())
                    .isEqualTo(sorted(byState.getOrDefault(state.code(), List.of()), City::name, City::code));
            assertThat(cities.size())
                    .isEqualTo(byState.getOrDefault(state.code(), List.of()).size());
        }
        assertThat(catalog.cities(-1)).isEmpty();
    }

    @Test
    void findsEveryCountryStateAndCityByCodeWithItsPlace() {
        Map<Integer, Country> countries =
                world.countries().stream().collect(Collectors.toMap(Country::code, Function.identity()));
        Map<Integer, State> states =
                world.states().stream().collect(Collectors.toMap(State::code, Function.identity()));
        world.countries().forEach(c -> assertThat(catalog.country(c.code())).isEqualTo(c));
        world.states().forEach(s -> assertThat(catalog.state(s.code())).isEqualTo(s));
        for (City city : world.cities()) {
            State state = states.get(city.stateCode());
            Country country = countries.get(state.countryCode());
            assertThat(catalog.place(city.code()))
                    .isEqualTo(new Place(
                            city.code(),
                            city.name(),
                            state.code(),
                            state.name(),
                            country.code(),
                            country.name(),
                            country.isoCode()));
        }
    }

    @Test
    void findsNothingForCodesItDoesNotHold() {
        for (int code : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 999_999_999}) {
            assertThat(catalog.country(code)).isNull();
            assertThat(catalog.state(code)).isNull();
            assertThat(catalog.place(code)).isNull();
        }
    }

    @Test
    void keepsNamesWithAnyCharacterAndOrdersStatesWithoutCitiesAsEmpty() {
        List<City> zeta = List.of(new City(100, 10, "Ōsaka 大阪"), new City(101, 10, "osaka"), new City(99, 10, "Łódź"));
        GeoCatalog small = new GeoCatalog(
                1,
                new GeoData(
                        List.of(new Country(2, "BB", "Beta", "2"), new Country(1, "AA", "Álpha", "1")),
                        List.of(new State(10, 1, "Zeta"), new State(11, 1, "empty"), new State(12, 2, "Ñu")),
                        Stream.concat(zeta.stream(), Stream.of(new City(103, 12, "ærø"), new City(102, 12, "Ærø")))
                                .toList()));

        assertThat(small.countries()).extracting(Country::name).containsExactly("Álpha", "Beta");
        assertThat(small.states(1)).extracting(State::name).containsExactly("empty", "Zeta");
        assertThat(small.cities(11)).isEmpty();
        assertThat(small.cities(10)).isEqualTo(sorted(zeta, City::name, City::code));
        assertThat(small.cities(12)).extracting(City::code).containsExactly(102, 103);
        assertThat(small.place(100)).isEqualTo(new Place(100, "Ōsaka 大阪", 10, "Zeta", 1, "Álpha", "AA"));
        assertThat(small.place(103).stateName()).isEqualTo("Ñu");
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, String> name, Function<T, Integer> code) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return rows.stream()
                .sorted(Comparator.comparing(name, collator::compare).thenComparing(code))
                .toList();
    }
}
