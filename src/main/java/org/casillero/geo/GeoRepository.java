package org.casillero.geo;

import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The country, state and city tables and the marker of which data they hold. Bulk writes go in
 * chunks: multi-row inserts and batched updates and deletes, so that the whole world loads in
 * seconds on H2 and PostgreSQL alike.
 */
@Repository
class GeoRepository {
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    GeoRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The version of the data the tables hold; empty before the first load. */
    Optional<Long> version() {
        return jdbc.sql("select version from geo_dataset where id = 1")
                .query(Long.class)
                .optional();
    }

    /**
     * Claims the first load for this instance: false when another one has claimed it (on
     * PostgreSQL a concurrent claim waits for the first one's transaction to end).
     */
    boolean claimFirstLoad(Instant now) {
        return jdbc.sql("""
                        insert into geo_dataset (id, source, version, loaded_at)
                        values (1, 'bundled', 1, :now) on conflict do nothing
                        """).param("now", now.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    /** Records an operator's import: a new version, which every server's copy follows. */
    void markImported(Instant now) {
        int rows = jdbc.sql("""
                        update geo_dataset set source = 'operator', version = version + 1, loaded_at = :now
                         where id = 1
                        """).param("now", now.atOffset(ZoneOffset.UTC)).update();
        if (rows == 0) {
            jdbc.sql("insert into geo_dataset (id, source, version, loaded_at) values (1, 'operator', 1, :now)")
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    GeoData load() {
        return new GeoData(
                jdbc.sql("select country_code, iso_code, name, phone_code from country")
                        .query((rs, n) -> new Country(
                                rs.getInt("country_code"),
                                rs.getString("iso_code"),
                                rs.getString("name"),
                                rs.getString("phone_code")))
                        .list(),
                jdbc.sql("select state_code, country_code, name from state")
                        .query((rs, n) ->
                                new State(rs.getInt("state_code"), rs.getInt("country_code"), rs.getString("name")))
                        .list(),
                jdbc.sql("select city_code, state_code, name from city")
                        .query((rs, n) ->
                                new City(rs.getInt("city_code"), rs.getInt("state_code"), rs.getString("name")))
                        .list());
    }

    /** How many customer addresses use each city that any address uses. */
    Map<Integer, Integer> addressesPerCity() {
        Map<Integer, Integer> counts = new HashMap<>();
        jdbc.sql("select city_code, count(*) as addresses from customer_address group by city_code")
                .query(rs -> {
                    counts.put(rs.getInt("city_code"), rs.getInt("addresses"));
                });
        return counts;
    }

    void insertCountries(List<Country> rows) {
        insert(
                "country (country_code, iso_code, name, phone_code)",
                rows,
                c -> List.of(c.code(), c.isoCode(), c.name(), c.phoneCode()));
    }

    void insertStates(List<State> rows) {
        insert("state (state_code, country_code, name)", rows, s -> List.of(s.code(), s.countryCode(), s.name()));
    }

    void insertCities(List<City> rows) {
        insert("city (city_code, state_code, name)", rows, c -> List.of(c.code(), c.stateCode(), c.name()));
    }

    /**
     * Gives these countries temporary ISO codes (digits and lower-case letters, never a real
     * one; room for 1,296 countries), to be replaced by their updates or deleted with them in the same transaction.
     */
    void parkIsoCodes(List<Integer> countryCodes) {
        String symbols = "0123456789abcdefghijklmnopqrstuvwxyz";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < countryCodes.size(); i++) {
            String parked = "" + symbols.charAt(i / symbols.length()) + symbols.charAt(i % symbols.length());
            rows.add(new Object[] {parked, countryCodes.get(i)});
        }
        batch("update country set iso_code = ? where country_code = ?", rows, row -> row);
    }

    void updateCountries(List<Country> rows) {
        batch("update country set iso_code = ?, name = ?, phone_code = ? where country_code = ?", rows, c ->
                new Object[] {c.isoCode(), c.name(), c.phoneCode(), c.code()});
    }

    void updateStates(List<State> rows) {
        batch("update state set country_code = ?, name = ? where state_code = ?", rows, s ->
                new Object[] {s.countryCode(), s.name(), s.code()});
    }

    void updateCities(List<City> rows) {
        batch("update city set state_code = ?, name = ? where city_code = ?", rows, c ->
                new Object[] {c.stateCode(), c.name(), c.code()});
    }

    void deleteCountries(List<Integer> codes) {
        batch("delete from country where country_code = ?", codes, code -> new Object[] {code});
    }

    void deleteStates(List<Integer> codes) {
        batch("delete from state where state_code = ?", codes, code -> new Object[] {code});
    }

    void deleteCities(List<Integer> codes) {
        batch("delete from city where city_code = ?", codes, code -> new Object[] {code});
    }

    /** Multi-row inserts, a chunk at a time: one statement per chunk on every database. */
    private <T> void insert(String table, List<T> rows, Function<T, List<Object>> values) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int columns = values.apply(chunk.getFirst()).size();
            String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            List<Object> params = new ArrayList<>(chunk.size() * columns);
            chunk.forEach(r -> params.addAll(values.apply(r)));
            int inserted = jdbc.sql("insert into " + table + " values "
                            + String.join(", ", Collections.nCopies(chunk.size(), row)))
                    .params(params)
                    .update();
            expectRows(inserted, chunk.size(), table);
        }
    }

    private <T> void batch(String sql, List<T> rows, Function<T, Object[]> values) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int[] counts = batches.batchUpdate(sql, chunk.stream().map(values).toList());
            for (int count : counts) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("Expected to change 1 row, changed " + count + ": " + sql);
                }
            }
        }
    }

    private static void expectRows(int actual, int expected, String table) {
        if (actual != expected) {
            throw new IllegalStateException(
                    "Expected to insert " + expected + " rows into " + table + ", inserted " + actual);
        }
    }
}
