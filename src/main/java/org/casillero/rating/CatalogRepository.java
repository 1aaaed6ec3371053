package org.casillero.rating;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What rates and customs are made of besides the tariff: the partners' product families and the
 * countries' customs and invoice rules (rating's tables, read by no other module).
 */
@Repository
class CatalogRepository {
    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProductFamily> families(int copaId) {
        return jdbc.sql("select * from product_family where copa_id = :copaId order by family_code")
                .param("copaId", copaId)
                .query(CatalogRepository::family)
                .list();
    }

    /** The product families of all these partners at once: one query. */
    List<ProductFamily> families(Collection<Integer> copaIds) {
        if (copaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from product_family where copa_id in (:copaIds) order by copa_id, family_code")
                .param("copaIds", copaIds)
                .query(CatalogRepository::family)
                .list();
    }

    private static ProductFamily family(ResultSet rs, int row) throws SQLException {
        return new ProductFamily(
                rs.getInt("copa_id"),
                rs.getString("family_code"),
                rs.getString("name_eng"),
                rs.getString("name_esp"),
                rs.getBigDecimal("surcharge_percent"));
    }

    Optional<ProductFamily> family(int copaId, String code) {
        return families(copaId).stream().filter(f -> f.code().equals(code)).findFirst();
    }

    void save(ProductFamily family) {
        int updated = jdbc.sql("""
                        update product_family set name_eng = :eng, name_esp = :esp, surcharge_percent = :surcharge
                         where copa_id = :copaId and family_code = :code
                        """)
                .param("eng", family.nameEng())
                .param("esp", family.nameEsp())
                .param("surcharge", family.surchargePercent())
                .param("copaId", family.copaId())
                .param("code", family.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into product_family (copa_id, family_code, name_eng, name_esp, surcharge_percent)
                            values (:copaId, :code, :eng, :esp, :surcharge)
                            """)
                    .param("copaId", family.copaId())
                    .param("code", family.code())
                    .param("eng", family.nameEng())
                    .param("esp", family.nameEsp())
                    .param("surcharge", family.surchargePercent())
                    .update();
        }
    }

    Optional<CustomsRule> customsRule(int countryCode) {
        return jdbc.sql("select * from customs_rule where country_code = :country")
                .param("country", countryCode)
                .query((rs, n) -> new CustomsRule(
                        rs.getInt("country_code"),
                        rs.getBigDecimal("de_minimis"),
                        rs.getBigDecimal("duty_percent"),
                        rs.getBigDecimal("tax_percent")))
                .optional();
    }

    void save(CustomsRule rule) {
        int updated = jdbc.sql("""
                        update customs_rule set de_minimis = :deMinimis, duty_percent = :duty, tax_percent = :tax
                         where country_code = :country
                        """)
                .param("deMinimis", rule.deMinimis())
                .param("duty", rule.dutyPercent())
                .param("tax", rule.taxPercent())
                .param("country", rule.countryCode())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into customs_rule (country_code, de_minimis, duty_percent, tax_percent)
                            values (:country, :deMinimis, :duty, :tax)
                            """)
                    .param("country", rule.countryCode())
                    .param("deMinimis", rule.deMinimis())
                    .param("duty", rule.dutyPercent())
                    .param("tax", rule.taxPercent())
                    .update();
        }
    }

    Optional<InvoiceRule> invoiceRule(int countryCode) {
        record Row(int countryCode, BigDecimal valueAbove, String family) {}
        List<Row> rows = jdbc.sql("""
                        select r.country_code, r.declared_value_above, f.family_code
                          from invoice_rule r
                          left join invoice_rule_family f on f.country_code = r.country_code
                         where r.country_code = :country
                        """)
                .param("country", countryCode)
                .query((rs, n) -> new Row(
                        rs.getInt("country_code"),
                        rs.getBigDecimal("declared_value_above"),
                        rs.getString("family_code")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> families = new HashSet<>();
        rows.stream().map(Row::family).filter(Objects::nonNull).forEach(families::add);
        return Optional.of(
                new InvoiceRule(rows.getFirst().countryCode(), rows.getFirst().valueAbove(), families));
    }

    void save(InvoiceRule rule) {
        removeInvoiceRule(rule.countryCode());
        jdbc.sql("insert into invoice_rule (country_code, declared_value_above) values (:country, :above)")
                .param("country", rule.countryCode())
                .param("above", rule.valueAbove())
                .update();
        for (String family : rule.families()) {
            jdbc.sql("insert into invoice_rule_family (country_code, family_code) values (:country, :family)")
                    .param("country", rule.countryCode())
                    .param("family", family)
                    .update();
        }
    }

    /** Answers whether the country had a rule. */
    boolean removeInvoiceRule(int countryCode) {
        jdbc.sql("delete from invoice_rule_family where country_code = :country")
                .param("country", countryCode)
                .update();
        return jdbc.sql("delete from invoice_rule where country_code = :country")
                        .param("country", countryCode)
                        .update()
                > 0;
    }
}
