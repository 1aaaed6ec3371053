package org.casillero.geo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The geographic reference data: countries, their states, and the states' cities. */
@Component
public class Geography {
    private static final String PLACES = """
            select ci.city_code, ci.name as city_name, st.state_code, st.name as state_name,
                   co.country_code, co.name as country_name, co.iso_code
              from city ci
              join state st on st.state_code = ci.state_code
              join country co on co.country_code = st.country_code
            """;

    private final JdbcClient jdbc;

    Geography(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Place> findPlace(int cityCode) {
        return jdbc.sql(PLACES + " where ci.city_code = :cityCode")
                .param("cityCode", cityCode)
                .query(Geography::place)
                .optional();
    }

    /** The places of these cities, by city code; unknown codes are left out. */
    public Map<Integer, Place> places(Collection<Integer> cityCodes) {
        if (cityCodes.isEmpty()) {
            return Map.of();
        }
        List<Place> places = jdbc.sql(PLACES + " where ci.city_code in (:cityCodes)")
                .param("cityCodes", List.copyOf(cityCodes))
                .query(Geography::place)
                .list();
        return places.stream().collect(Collectors.toMap(Place::cityCode, Function.identity()));
    }

    private static Place place(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Place(
                rs.getInt("city_code"),
                rs.getString("city_name"),
                rs.getInt("state_code"),
                rs.getString("state_name"),
                rs.getInt("country_code"),
                rs.getString("country_name"),
                rs.getString("iso_code"));
    }
}
