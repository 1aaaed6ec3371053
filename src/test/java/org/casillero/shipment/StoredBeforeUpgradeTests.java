package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.CasilleroApplication;
import org.casillero.TestDatabase;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.casillero.warehouse.WarehouseAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What a server stored before this release's migrations (V23 on) is served as before once they ran:
 * invoice files kept whole in one value stream out in pieces, holds that an invoice rule raised are
 * still the customer's to clear (and those staff raised are not), and a package received earlier is
 * still found by its warehouse's rescan. Both databases: the server of the old schema and the one
 * that migrates it are started in turn on a database of their own.
 */
class StoredBeforeUpgradeTests {
    private static final String HBC = BoxClient.CUSTOMER + "customer-get-shipments-hbc";
    private static final String INFO = "/wcf-services/service-shipment.svc/shipment/get-shipment-info";
    private static final int FIRST_VERSION_AFTER = 23;

    private static ConfigurableApplicationContext start(Map<String, String> database, boolean oldSchema) {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("casillero.demo-data", "true");
        if (oldSchema) {
            properties.put("spring.flyway.target", lastVersionBefore());
        }
        SpringApplication server = new SpringApplicationBuilder(CasilleroApplication.class).build();
        // The logging system is the JVM's, shared with the tests' cached servers: these two leave it alone
        // (started, Spring Boot would set it up anew; closed, mark it for setting up again, both dropping
        // the log levels that cached servers' tests set).
        server.setListeners(server.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                .toList());
        return server.run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new));
    }

    /** The newest migration before this release's (others may have added some since V19). */
    private static String lastVersionBefore() {
        try {
            int last = 0;
            for (Resource migration :
                    new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
                int version = Integer.parseInt(migration.getFilename().replaceFirst("^V([0-9]+)__.*", "$1"));
                if (version < FIRST_VERSION_AFTER) {
                    last = Math.max(last, version);
                }
            }
            return String.valueOf(last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BoxClient client(ConfigurableApplicationContext server) {
        return new BoxClient(
                ((WebServerApplicationContext) server).getWebServer().getPort());
    }

    /** A file of {@code size} bytes whose every byte tells where it is. */
    private static byte[] file(int size) {
        return TestInvoices.pdfOfSize(size);
    }

    private record Legacy(long trck, byte[] content) {}

    @Test
    void servesFilesHoldsAndPackagesStoredByTheServerBeforeTheMigrations() throws Exception {
        Map<String, String> database = TestDatabase.freshProperties();
        BoxApiTest.Customer customer;
        Map<String, Legacy> files = new LinkedHashMap<>();
        long ruleHeld;
        long staffHeld;
        String warehouse;
        try (ConfigurableApplicationContext old = start(database, true)) {
            BoxClient box = client(old);
            JsonNode registered = box.post(
                            BoxClient.CUSTOMER + "customer-registration",
                            BoxApiTest.registration(BoxApiTest.uniqueEmail()))
                    .first();
            customer = new BoxApiTest.Customer(
                    registered.get("customer_box_id").asLong(),
                    registered.get("customer_key").asString(),
                    "");
            Staff staff = TestWarehouses.staffOfNewWarehouse(old, box);
            warehouse = staff.warehouse().code();
            Rows rows = new Rows(old.getBean(JdbcClient.class), customer.boxId(), warehouse);
            for (int size : List.of(5 * 1024 * 1024, 256 * 1024, 1000)) {
                long trck = rows.shipment("OLD" + size);
                byte[] content = file(size);
                rows.invoiceFile(trck, content);
                files.put("size " + size, new Legacy(trck, content));
            }
            ruleHeld = rows.shipment("RULE");
            rows.hold(ruleHeld, "INVOICE_REQUIRED (declared value above 100)");
            staffHeld = rows.shipment("STAFF");
            rows.hold(staffHeld, "INVOICE_REQUIRED");
        }

        try (ConfigurableApplicationContext upgraded = start(database, false)) {
            BoxClient box = client(upgraded);
            Map<Long, String> links = new HashMap<>();
            box.post(HBC, customer.credentials())
                    .json()
                    .forEach(row -> links.put(
                            row.get("trck_nmr_fol").asLong(),
                            row.get("invoice_file_url").asString()));
            for (Map.Entry<String, Legacy> stored : files.entrySet()) {
                HttpResponse<byte[]> downloaded =
                        TestInvoices.download(links.get(stored.getValue().trck()));
                assertThat(downloaded.statusCode()).as(stored.getKey()).isEqualTo(200);
                assertThat(downloaded.body())
                        .as(stored.getKey())
                        .isEqualTo(stored.getValue().content());
            }

            for (long trck : List.of(ruleHeld, staffHeld)) {
                BoxClient.Response typed = box.post(
                        BoxClient.CUSTOMER + "customer-upload-invoice-custom",
                        customer.credentials()
                                .put("trck_nmr_fol", trck)
                                .set(
                                        "detail",
                                        BoxClient.JSON.readTree(
                                                "[{\"quantity\": 1, \"description\": \"Shoes\", \"price_value\": 20}]")));
                assertThat(typed.verified()).as(typed.text()).isTrue();
            }
            assertThat(frozen(box, customer, ruleHeld))
                    .as("the rule's hold is cleared")
                    .isZero();
            assertThat(frozen(box, customer, staffHeld))
                    .as("staff's hold is not")
                    .isEqualTo(1);

            Staff staff = TestWarehouses.staffOf(
                    upgraded,
                    box,
                    upgraded.getBean(WarehouseAdministration.class)
                            .warehouse(warehouse)
                            .orElseThrow());
            BoxClient.Response rescan = staff.post("/packages", """
                    {"boxId": %d, "courier": "UPS", "inboundTracking": "RULE", "declaredValue": 1,
                     "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                    """.formatted(customer.boxId()));
            assertThat(rescan.status()).as(rescan.text()).isEqualTo(200);
            assertThat(rescan.json().get("trckNmrFol").asLong()).isEqualTo(ruleHeld);
        }
    }

    private static int frozen(BoxClient box, BoxApiTest.Customer customer, long trck) {
        return box.post(INFO, customer.credentials().put("trck_nmr_fol", trck))
                .first()
                .get("shipment")
                .get("is_frozen")
                .asInt();
    }

    /** Rows as the server before the migrations wrote them (its schema, its columns). */
    private record Rows(JdbcClient jdbc, long boxId, String warehouse) {
        private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

        long shipment(String inbound) {
            long trck = jdbc.sql("select nextval('shipment_trck_nmr_fol_seq')")
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into shipment (trck_nmr_fol, cust_id, copa_id, warehouse_code, status, received_at,
                                   physical_weight, volumetric_weight, charged_weight, volumetric_divisor, length_in,
                                   width_in, height_in, shipping_rate, shipping_discount)
                            select :trck, cust_id, copa_id, :warehouse, 'RECEIVED', :now, 1, 1, 1, 166, 1, 1, 1, 0, 0
                              from customer where box_id = :box
                            """)
                    .param("trck", trck)
                    .param("warehouse", warehouse)
                    .param("now", NOW)
                    .param("box", boxId)
                    .update();
            jdbc.sql("""
                            insert into shipment_piece (trck_nmr_fol, item_piece, courier_code, inbound_tracking,
                                   merchant_name, content, family_product_code, declared_value, physical_weight,
                                   length_in, width_in, height_in, serial_number)
                            values (:trck, 1, 'UPS', :inbound, 'Amazon.com', 'Shoes', '', 150, 1, 1, 1, 1, '')
                            """).param("trck", trck).param("inbound", inbound).update();
            jdbc.sql("""
                            insert into tracking_event (trck_nmr_fol, code, occurred_at, recorded_at, iata_code,
                                   observation, visible, recorded_by)
                            values (:trck, 'REC', :now, :now, 'MIA', '', true, 'alice')
                            """).param("trck", trck).param("now", NOW).update();
            return trck;
        }

        void invoiceFile(long trck, byte[] content) {
            int rows = jdbc.sql("""
                            insert into invoice_file (trck_nmr_fol, file_guid, original_name, stored_name, content_type,
                                   registered_at, registered_by, uploaded_at, size_bytes)
                            values (:trck, :guid, 'old.pdf', :stored, 'application/pdf', :now, 'x', :now, :size)
                            """)
                    .param("trck", trck)
                    .param("guid", java.util.UUID.randomUUID().toString())
                    .param("stored", "20260101000000_" + trck + "_old.pdf")
                    .param("now", NOW)
                    .param("size", content.length)
                    .update();
            assertThat(rows).isEqualTo(1);
            jdbc.sql("""
                            insert into invoice_file_content (invoice_id, content)
                            select invoice_id, :content from invoice_file where trck_nmr_fol = :trck
                            """).param("content", content).param("trck", trck).update();
        }

        /** An INVOICE_REQUIRED hold, audited as intake (a rule's reason in brackets) or staff (none) audited it. */
        void hold(long trck, String audited) {
            jdbc.sql("""
                            insert into shipment_hold (trck_nmr_fol, reason, raised_at, raised_by)
                            values (:trck, 'INVOICE_REQUIRED', :now, 'alice')
                            """).param("trck", trck).param("now", NOW).update();
            jdbc.sql("""
                            insert into shipment_audit (trck_nmr_fol, occurred_at, actor, action, detail)
                            values (:trck, :now, 'alice', 'HOLD_RAISED', :detail)
                            """)
                    .param("trck", trck)
                    .param("now", NOW)
                    .param("detail", audited)
                    .update();
        }
    }
}
