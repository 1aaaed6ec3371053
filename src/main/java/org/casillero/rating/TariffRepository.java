package org.casillero.rating;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partners' tariffs, one each. */
@Repository
class TariffRepository {
    private final JdbcClient jdbc;

    TariffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tariff> find(int copaId) {
        return jdbc.sql("select * from tariff where copa_id = :copaId")
                .param("copaId", copaId)
                .query((rs, n) -> new Tariff(
                        rs.getInt("copa_id"),
                        rs.getBigDecimal("price_per_lb"),
                        rs.getBigDecimal("minimum_charge"),
                        rs.getBigDecimal("discount_percent"),
                        rs.getInt("volumetric_divisor")))
                .optional();
    }

    /** Creates or replaces the partner's tariff. */
    void save(Tariff tariff) {
        int updated = jdbc.sql("""
                        update tariff set price_per_lb = :price, minimum_charge = :minimum,
                               discount_percent = :discount, volumetric_divisor = :divisor
                         where copa_id = :copaId
                        """)
                .param("price", tariff.pricePerLb())
                .param("minimum", tariff.minimumCharge())
                .param("discount", tariff.discountPercent())
                .param("divisor", tariff.volumetricDivisor())
                .param("copaId", tariff.copaId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into tariff (copa_id, price_per_lb, minimum_charge, discount_percent, volumetric_divisor)
                            values (:copaId, :price, :minimum, :discount, :divisor)
                            """)
                    .param("copaId", tariff.copaId())
                    .param("price", tariff.pricePerLb())
                    .param("minimum", tariff.minimumCharge())
                    .param("discount", tariff.discountPercent())
                    .param("divisor", tariff.volumetricDivisor())
                    .update();
        }
    }
}
