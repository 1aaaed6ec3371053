package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Every lookup and every foreign key has an index, on the database this run uses. */
class SchemaIndexTests extends BoxApiTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionOperations transactions;

    @Test
    void indexesEveryForeignKey() {
        List<String> unindexed = TestDatabase.isPostgres()
                ? jdbc.sql("""
                                select c.conrelid::regclass || '.' || a.attname
                                  from pg_constraint c
                                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                                 where c.contype = 'f'
                                   and not exists (select 1 from pg_index i
                                                    where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                                """).query(String.class).list()
                : jdbc.sql("""
                                select k.table_name || '.' || k.column_name
                                  from information_schema.referential_constraints r
                                  join information_schema.key_column_usage k on k.constraint_name = r.constraint_name
                                 where k.ordinal_position = 1
                                   and not exists (select 1 from information_schema.index_columns i
                                                    where i.table_name = k.table_name
                                                      and i.column_name = k.column_name
                                                      and i.ordinal_position = 1)
                                """).query(String.class).list();

        assertThat(unindexed).isEmpty();
    }

    @Test
    void findsAnAddressByItsPhoneOrItsCityThroughAnIndex() {
        for (String column : List.of("phone_id", "city_code")) {
            String query = "explain select address_id from customer_address where " + column + " = 1";
            if (TestDatabase.isPostgres()) {
                String plan = transactions.execute(status -> {
                    // A near-empty table is cheapest to scan: forbid it, to see which index serves the lookup.
                    jdbc.sql("set local enable_seqscan = off").update();
                    return String.join("\n", jdbc.sql(query).query(String.class).list());
                });
                assertThat(plan)
                        .as(column)
                        .contains(column.equals("phone_id") ? "customer_address_phone" : "customer_address_city");
            } else {
                assertThat(jdbc.sql(query).query(String.class).single())
                        .as(column)
                        .doesNotContain("tableScan");
            }
        }
    }
}
