package org.casillero.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.TestCards;
import org.casillero.TestDatabase;
import org.casillero.payment.CardsOnFile;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The upgrade to versioned keys: what was derived from the server secret before (version 0: customer
 * keys handed out, card fingerprints stored, invoice links issued) keeps working byte for byte, each
 * old record made here as the old code made it (a row as it stood, with the migration's version 0,
 * and the old derivation computed by the test); what is made now is version 1.
 */
class KeyVersionUpgradeTests extends BoxApiTest {
    private static final String GET_INFO = BoxClient.CUSTOMER + "customer-get-info";
    private static final String LOGIN = BoxClient.CUSTOMER + "customer-login";
    private static final String UPDATE_EMAIL = BoxClient.CUSTOMER + "customer-update-email";
    private static final String ACTIVATE = BoxClient.CUSTOMER + "customer-activate-box";
    private static final String INVALID = "The credentials sent are not valid.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CardsOnFile cards;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void makesNewCustomerKeysUnderVersionOneAndKeepsAKeyHandedOutBeforeWorkingByteForByte() throws Exception {
        Customer fresh = register();
        String freshNonce = jdbc.sql("select key_nonce from customer where box_id = :box")
                .param("box", fresh.boxId())
                .query(String.class)
                .single();
        assertThat(fresh.key())
                .as("a new customer's key is not the old derivation")
                .isNotEqualTo(legacyCustomerKey(freshNonce));
        assertThat(jdbc.sql("select key_version from customer where box_id = :box")
                        .param("box", fresh.boxId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // A customer registered before the upgrade: its row as it stood (version 0 is the migration's default).
        Customer registered = register();
        String nonce = HexFormat.of().formatHex(randomBytes(16));
        jdbc.sql("update customer set key_nonce = :nonce, key_version = 0 where box_id = :box")
                .param("nonce", nonce)
                .param("box", registered.boxId())
                .update();
        Customer old = new Customer(registered.boxId(), legacyCustomerKey(nonce), registered.email());

        BoxClient.Response info = box.post(GET_INFO, old.credentials());
        BoxClient.Response login = box.post(
                LOGIN, appCredentials().put("customer_email", old.email()).put("customer_password", "pass123"));
        BoxClient.Response lookup = box.post(
                BoxClient.PARTNER_LOOKUP, Seeds.request(Seeds.PARTNER_LOOKUP).put("customer_email", old.email()));

        assertThat(info.verified()).as(info.text()).isTrue();
        assertThat(login.first().get("customer_key").asString()).isEqualTo(old.key());
        assertThat(lookup.first().get("customer_key").asString()).isEqualTo(old.key());

        ObjectNode move =
                old.credentials().put("customer_current_email", old.email()).put("customer_new_email", uniqueEmail());
        BoxClient.Response moved = box.post(UPDATE_EMAIL, move);
        assertThat(moved.verified()).as(moved.text()).isTrue();
        int versionAfter = jdbc.sql("select key_version from customer where box_id = :box")
                .param("box", old.boxId())
                .query(Integer.class)
                .single();
        assertThat(versionAfter)
                .as("a new key, made with the new e-mail, is version 1")
                .isEqualTo(1);
        assertThat(box.post(GET_INFO, old.credentials()).errorDescription()).isEqualTo(INVALID);
    }

    @Test
    void findsACardFingerprintedUnderVersionZeroOnOneBoxAndVersionOneOnAnother() throws Exception {
        Customer before = register();
        Customer after = register();
        String number = TestCards.master();
        // The card attached before the upgrade: its row as the old code wrote it, its fingerprint indexed
        // as the migration indexes every existing card's.
        long custId = jdbc.sql("select cust_id from customer where box_id = :box")
                .param("box", before.boxId())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into payment_card (cust_id, brand, last_four, expiry_month, holder_name, fingerprint,
                               gateway_token, attached_at)
                        values (:custId, 'MASTER', :lastFour, :expiry, 'John Doe', :fingerprint, null, :at)
                        """)
                .param("custId", custId)
                .param("lastFour", number.substring(12))
                .param(
                        "expiry",
                        LocalDate.now(TestCards.SERVICE_ZONE).withDayOfMonth(1).plusYears(2))
                .param("fingerprint", legacyFingerprint(number))
                .param("at", Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("""
                        insert into card_fingerprint (card_id, key_version, fingerprint)
                        select card_id, 0, fingerprint from payment_card where cust_id = :custId
                        """).param("custId", custId).update();

        ObjectNode activation = after.credentials().put("copa_id", Seeds.COPA_ID);
        activation.putArray("customer_credit_card").add(TestCards.card("MASTER", number, TestCards.expiry(24), "123"));
        BoxClient.Response attached = box.post(ACTIVATE, activation);

        assertThat(attached.verified()).as(attached.text()).isTrue();
        Map<String, Object> row =
                jdbc.sql("""
                        select p.fingerprint, p.fingerprint_version from payment_card p
                          join customer c on c.cust_id = p.cust_id where c.box_id = :box
                        """).param("box", after.boxId()).query().singleRow();
        assertThat(((Number) row.get("fingerprint_version")).intValue()).isEqualTo(1);
        assertThat(row.get("fingerprint")).isNotEqualTo(legacyFingerprint(number));
        assertThat(cards.ofBox(after.boxId()))
                .singleElement()
                .satisfies(card -> assertThat(card.otherBoxIds()).containsExactly(before.boxId()));
        assertThat(cards.ofBox(before.boxId()))
                .singleElement()
                .satisfies(card -> assertThat(card.otherBoxIds()).containsExactly(after.boxId()));
    }

    @Test
    void signsNewInvoiceLinksUnderVersionOneAndKeepsALinkIssuedBeforeWorking() throws Exception {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        BoxClient.Response received = staff.post("/packages", """
                {"boxId": %d, "courier": "UPS", "inboundTracking": "K%d", "familyProduct": "", "declaredValue": 1,
                 "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """.formatted(customer.boxId(), System.nanoTime()));
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        ObjectNode data = customer.credentials()
                .put("trck_nmr_fol", received.json().get("trckNmrFol").asLong())
                .put("invoice_file_name", "invoice.pdf");
        String guid = box.post(BoxClient.CUSTOMER + "customer-upload-invoice-data", data)
                .first()
                .get("invoice_file_guid")
                .asString();
        BoxClient.Response uploaded = box.send(HttpRequest.newBuilder(
                        URI.create(box.base() + BoxClient.CUSTOMER + "customer-upload-invoice-file"))
                .header("Content-Type", "text/plain")
                .header("invoice_file_guid", guid)
                .header("user_code", "396")
                .header("app_key", Seeds.APP_KEY)
                .header("customer_key", customer.key())
                .header("customer_box_id", String.valueOf(customer.boxId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))));
        String url = uploaded.first().get("invoice_file_url").asString();
        String signature = url.substring(url.indexOf("signature=") + "signature=".length());
        long invoiceId = Long.parseLong(url.replaceAll(".*/invoice-files/([0-9]+)/.*", "$1"));
        long expires = Long.parseLong(url.replaceAll(".*expires=([0-9]+).*", "$1"));
        String old = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ServerSecretTests.legacy(
                        serverSecret(),
                        "invoice-file-link",
                        (invoiceId + ":" + expires).getBytes(StandardCharsets.UTF_8)));
        String tampered = (old.charAt(0) == 'A' ? "B" : "A") + old.substring(1);

        assertThat(signature).as("a new link's signature names its key version").startsWith("1.");
        assertThat(download(url)).isEqualTo(200);
        assertThat(download(url.replace(signature, old)))
                .as("a link issued before key versions")
                .isEqualTo(200);
        assertThat(download(url.replace(signature, tampered))).isEqualTo(403);
        assertThat(download(url.replace(signature, "1." + old)))
                .as("the old signature is not version 1's")
                .isEqualTo(403);
        assertThat(download(url.replace(signature, "7." + signature.substring(2))))
                .isEqualTo(403);
    }

    /** The server secret of this run's database, as the server reads it. */
    private static byte[] serverSecret() {
        Map<String, String> properties = TestDatabase.properties();
        String configured = properties.get("casillero.server-secret");
        if (configured != null) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        try {
            String generated = Files.readString(Path.of(properties.get("casillero.data-dir"), "server-secret"));
            return Base64.getDecoder().decode(generated.trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A customer key as every release before key versions computed it. */
    private static String legacyCustomerKey(String nonce) throws Exception {
        return Base64.getEncoder()
                .encodeToString(ServerSecretTests.legacy(
                        serverSecret(), "casillero customer key", nonce.getBytes(StandardCharsets.UTF_8)));
    }

    /** A card fingerprint as every release before key versions computed it. */
    private static String legacyFingerprint(String number) throws Exception {
        return HexFormat.of()
                .formatHex(ServerSecretTests.legacy(
                        serverSecret(), "casillero card fingerprint v1", number.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private int download(String url) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url)).GET().build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
