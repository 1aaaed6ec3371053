package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
    void answersEveryLookupThroughAnIndex() {
        Map<String, String> lookups = Map.ofEntries(
                Map.entry("select address_id from customer_address where phone_id = 1", "customer_address_phone"),
                Map.entry("select address_id from customer_address where city_code = 1", "customer_address_city"),
                Map.entry(
                        "select trck_nmr_fol from shipment where cust_id = 1 and received_at >= current_timestamp",
                        "shipment_customer_received"),
                Map.entry(
                        "select trck_nmr_fol from shipment_piece where warehouse_code = 'W' and courier_code = 'UPS'"
                                + " and inbound_tracking = '1Z'",
                        "using shipment_piece_inbound"),
                Map.entry(
                        "select trck_nmr_fol from shipment_piece where warehouse_code = 'W' and inbound_tracking = '1Z'",
                        "shipment_piece_inbound"),
                Map.entry(
                        "select package_id from unidentified_package where warehouse_code = 'W'"
                                + " and courier_code = 'UPS' and inbound_tracking = '1Z'",
                        // Its two indexes start with the warehouse: on a near-empty table PostgreSQL takes either.
                        "unidentified_package_"),
                Map.entry(
                        "select package_id from unidentified_package where warehouse_code = 'W' and assigned_at is null"
                                + " order by received_at, package_id",
                        "unidentified_package_"),
                Map.entry(
                        "select request_id from consolidation_request where warehouse_code = 'W' and status = 'OPEN'"
                                + " order by requested_at, request_id",
                        "consolidation_request_open"),
                Map.entry("select event_id from tracking_event where trck_nmr_fol = 1", "tracking_event_shipment"),
                Map.entry("select name from staff where token_hash = 'x'", "staff_token_hash"),
                Map.entry(
                        "select request_id from consolidation_request where status = 'OPEN' order by requested_at",
                        "consolidation_request_status"),
                Map.entry(
                        "select request_id from consolidation_request where consolidated_into = 1",
                        "consolidation_request_consolidated_into"),
                Map.entry(
                        "select request_id from consolidation_request_item where trck_nmr_fol = 1",
                        "consolidation_request_item_shipment"),
                Map.entry("select card_id from payment_card where fingerprint = 'x'", "payment_card_fingerprint"),
                Map.entry(
                        "select card_id from card_fingerprint where fingerprint = 'x' and key_version = 0",
                        "card_fingerprint_match"),
                Map.entry(
                        "select action from api_user_audit where user_code = 1 order by audit_id",
                        "api_user_audit_user"),
                Map.entry(
                        "select brand from payment_card where cust_id = 1 order by card_id desc",
                        "payment_card_customer"),
                Map.entry("select copa_id from partner_site where domain = 'x'", "partner_site_pkey"),
                Map.entry("select domain from partner_site where copa_id = 1 order by domain", "partner_site_partner"),
                Map.entry("select invoice_id from invoice_file where file_guid = 'x'", "invoice_file_file_guid_key"),
                Map.entry(
                        "select invoice_id from invoice_file where trck_nmr_fol = 1 order by invoice_id",
                        "invoice_file_shipment"));
        lookups.forEach((query, index) -> {
            if (TestDatabase.isPostgres()) {
                String plan = transactions.execute(status -> {
                    // A near-empty table is cheapest to scan: forbid it, to see which index serves the lookup.
                    jdbc.sql("set local enable_seqscan = off").update();
                    return String.join(
                            "\n",
                            jdbc.sql("explain " + query).query(String.class).list());
                });
                assertThat(plan).as(query).contains(index);
            } else {
                assertThat(jdbc.sql("explain " + query).query(String.class).single())
                        .as(query)
                        .doesNotContain("tableScan");
            }
        });
    }
}
