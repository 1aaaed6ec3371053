package org.casillero.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A complete set of reference tables: what the database holds, or what a load or import wants it to hold. */
record GeoData(List<Country> countries, List<State> states, List<City> cities) {
    GeoData {
        countries = List.copyOf(countries);
        states = List.copyOf(states);
        cities = List.copyOf(cities);
    }

    /** What must be inserted, updated and deleted, table by table, to turn this data into the wanted data. */
    Changes changesTo(GeoData wanted) {
        return new Changes(
                Table.diff(countries, wanted.countries(), Country::code),
                Table.diff(states, wanted.states(), State::code),
                Table.diff(cities, wanted.cities(), City::code));
    }

    record Changes(Table<Country> countries, Table<State> states, Table<City> cities) {
        boolean none() {
            return countries.none() && states.none() && cities.none();
        }
    }

    /** One table's changes; the rows to delete are given by code. */
    record Table<T>(List<T> inserts, List<T> updates, List<Integer> deletes) {
        static <T> Table<T> diff(List<T> current, List<T> wanted, Function<T, Integer> code) {
            Map<Integer, T> byCode = current.stream().collect(Collectors.toMap(code, Function.identity()));
            List<T> inserts = new ArrayList<>();
            List<T> updates = new ArrayList<>();
            for (T row : wanted) {
                T existing = byCode.remove(code.apply(row));
                if (existing == null) {
                    inserts.add(row);
                } else if (!Objects.equals(existing, row)) {
                    updates.add(row);
                }
            }
            return new Table<>(
                    inserts, updates, byCode.keySet().stream().sorted().toList());
        }

        boolean none() {
            return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty();
        }

        String summary() {
            return inserts.size() + " added, " + updates.size() + " changed, " + deletes.size() + " removed";
        }
    }
}
