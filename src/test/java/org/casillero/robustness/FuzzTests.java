package org.casillero.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.Seeds;
import org.casillero.TestCards;
import org.casillero.WireNumbers;
import org.casillero.partner.PartnerAdministration;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mutation fuzzer over every operation: valid bodies (the documented examples, with a real
 * customer's credentials) mutated at random, as trees and as raw text. Whatever it sends, the
 * server answers below 500, always in the envelope, never with a stack trace, and logs no error.
 * Seeded and reproducible: {@code -Dcasillero.fuzz.seed=N} replays a run, {@code
 * -Dcasillero.fuzz.bodies=N} sets the bodies per operation (CI runs a bounded number; README gives
 * the full run).
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "casillero.login.slowdown=0ms")
class FuzzTests extends BoxApiTest {
    @Autowired
    ApplicationContext context;

    private static final long SEED = Long.getLong("casillero.fuzz.seed", 20261124L);
    private static final int BODIES = Integer.getInteger("casillero.fuzz.bodies", 1000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    PartnerAdministration partners;

    @Test
    void answersEveryMutatedBodyInTheEnvelopeWithoutAServerError(CapturedOutput output) {
        Customer customer = register();
        String site = "fuzz-" + UUID.randomUUID() + ".example.com";
        partners.addSite(Seeds.COPA_ID, site);
        Map<String, ObjectNode> operations = operations(customer, site);
        operations.putAll(shipmentOperations(customer, receive(customer)));
        Random random = new Random(SEED);
        Map<String, Integer> statuses = new TreeMap<>();
        int sent = 0;

        for (Map.Entry<String, ObjectNode> operation : operations.entrySet()) {
            for (int i = 0; i < BODIES; i++) {
                String body = mutate(operation.getValue(), random);
                BoxClient.Response response = box.post(operation.getKey(), body);
                sent++;
                String context =
                        "seed " + SEED + ", body " + i + " of " + operation.getKey() + ": " + abbreviated(body);
                assertThat(response.status()).as(context).isLessThan(500);
                assertThat(response.headers().firstValue("Content-Type"))
                        .as(context)
                        .get()
                        .asString()
                        .startsWith("application/json");
                JsonNode answer = response.json();
                assertThat(answer.isArray() && !answer.isEmpty()).as(context).isTrue();
                assertThat(answer.get(0).get("_verify").isBoolean()).as(context).isTrue();
                assertThat(answer.get(0).get("error").isObject()).as(context).isTrue();
                assertThat(response.text()).as(context).doesNotContain("Exception", "\tat ", "org.casillero");
                statuses.merge(
                        response.status() + (response.status() == 200 && response.verified() ? " ok" : ""),
                        1,
                        Integer::sum);
            }
        }

        System.out.println("Fuzzed " + sent + " bodies (seed " + SEED + "): " + statuses);
        assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat ");
        // The mutations reach past the wire layer: some bodies are still valid and succeed.
        assertThat(statuses.keySet()).anyMatch(status -> status.endsWith("ok"));
    }

    /** Each operation's path and a valid body for it. */
    private static Map<String, ObjectNode> operations(Customer customer, String site) {
        Map<String, ObjectNode> operations = new TreeMap<>();
        String customerService = BoxClient.CUSTOMER;
        String geographic = "/wcf-services/service-geographic.svc/geographic/";
        ObjectNode registration = registration(uniqueEmail());
        operations.put(customerService + "customer-registration", registration);
        operations.put(customerService + "customer-get-info", customer.credentials());
        operations.put(customerService + "customer-update-personal-info", withCustomer(customer, Seeds.PERSONAL_INFO));
        operations.put(customerService + "customer-update-type", withCustomer(customer, Seeds.TYPE));
        ObjectNode login =
                appCredentials().put("customer_email", customer.email()).put("customer_password", "pass123");
        operations.put(customerService + "customer-login", login);
        operations.put(
                customerService + "customer-update-email",
                customer.credentials()
                        .put("customer_current_email", customer.email())
                        .put("customer_new_email", uniqueEmail()));
        operations.put(
                customerService + "customer-update-password",
                customer.credentials().put("customer_email", customer.email()).put("customer_new_password", "pass123"));
        ObjectNode address = customer.credentials();
        address.set("customer_address", registration.get("customer_address").deepCopy());
        address.set("customer_phone", registration.get("customer_phone").deepCopy());
        operations.put(customerService + "customer-update-address-info", address);
        operations.put(
                BoxClient.PARTNER_LOOKUP, Seeds.request(Seeds.PARTNER_LOOKUP).put("customer_email", customer.email()));
        operations.put(geographic + "geographic-get-countries", appCredentials());
        operations.put(geographic + "geographic-get-states", appCredentials().put("country_code", 155));
        operations.put(geographic + "geographic-get-cities", appCredentials().put("state_code", 2761));
        ObjectNode registerInfo = registration(uniqueEmail());
        registerInfo.remove("customer_tax_number");
        operations.put(customerService + "customer-register-info", registerInfo);
        ObjectNode activation = customer.credentials().put("copa_id", Seeds.COPA_ID);
        activation
                .putArray("customer_credit_card")
                .add(TestCards.card("MASTER", TestCards.master(), TestCards.expiry(12), "123"));
        operations.put(customerService + "customer-activate-box", activation);
        operations.put(
                "/wcf-services/service-partner.svc/partner/get-copa-by-url",
                appCredentials().put("copa_url", "https://" + site));
        return operations;
    }

    /** A shipment of the customer's box, received at a new warehouse. */
    private long receive(Customer customer) {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        return staff.post("/packages", """
                        {"boxId": %d, "courier": "UPS", "inboundTracking": "FZ%d", "declaredValue": 1,
                         "measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                        """.formatted(customer.boxId(), System.nanoTime()))
                .json()
                .get("trckNmrFol")
                .asLong();
    }

    /** The shipment operations, on a shipment of the customer's, with the bodies partner sites send. */
    private static Map<String, ObjectNode> shipmentOperations(Customer customer, long trck) {
        Map<String, ObjectNode> operations = new TreeMap<>();
        String customerService = BoxClient.CUSTOMER;
        operations.put(
                customerService + "customer-get-shipments",
                customer.credentials().put("start_date", "").put("end_date", ""));
        operations.put(
                customerService + "customer-get-shipments-hbc",
                customer.credentials().put("start_date", "").put("end_date", ""));
        operations.put(
                "/wcf-services/service-shipment.svc/shipment/get-shipment-info",
                customer.credentials().put("trck_nmr_fol", String.valueOf(trck)).put("language_code", ""));
        operations.put(
                customerService + "customer-upload-invoice-data",
                customer.credentials().put("trck_nmr_fol", String.valueOf(trck)).put("invoice_file_name", "inv.pdf"));
        ObjectNode typed = customer.credentials().put("trck_nmr_fol", String.valueOf(trck));
        typed.putArray("detail")
                .addObject()
                .put("quantity", "2")
                .put("description", "T-Shirt")
                .put("price_value", "10.5")
                .put("reference_code", "");
        operations.put(customerService + "customer-upload-invoice-custom", typed);
        ObjectNode consolidation = customer.credentials();
        consolidation
                .putArray("trck_nmr_fol_list")
                .addObject()
                .put("trck_nmr_fol", String.valueOf(trck))
                .put("awb_declared_value", 1)
                .put("awb_invoice_url", "");
        operations.put(customerService + "customer-consolidate-awb", consolidation);
        ObjectNode quote = appCredentials()
                .put("weight", "2")
                .put("weight_type", "KG")
                .put("merchandise_value", "300.5")
                .put("copa_id", "616")
                .put("country_code", "155")
                .put("city_code", "95411")
                .put("fmpr_cdg", "PAE")
                .put("height_dim", "20")
                .put("length_dim", "15.5")
                .put("width_dim", "32")
                .put("dim_type", "CM");
        operations.put("/wcf-services/service-shipment.svc/shipment/get-shipment-rate", quote);
        return operations;
    }

    /**
     * The raw upload: its header fields mutated as the bodies are (missing, blank, huge, of the wrong
     * kind), its bytes random, sometimes a real PDF; always an answer below 500 in the envelope.
     */
    @Test
    void answersEveryMutatedInvoiceUploadInTheEnvelopeWithoutAServerError(CapturedOutput output) {
        Customer customer = register();
        long trck = receive(customer);
        Random random = new Random(SEED);
        int uploads = Math.max(50, BODIES / 5);
        for (int i = 0; i < uploads; i++) {
            ObjectNode registered = customer.credentials()
                    .put("trck_nmr_fol", trck)
                    .put("invoice_file_name", "f" + i + (random.nextBoolean() ? ".pdf" : ".txt"));
            JsonNode data = box.post(BoxClient.CUSTOMER + "customer-upload-invoice-data", registered)
                    .first();
            ObjectNode headers = customer.credentials()
                    .put("invoice_file_guid", data.path("invoice_file_guid").asString(""));
            ObjectNode mutated = headers.deepCopy();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                mutateTree(mutated, random);
            }
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) {
                bytes = ("%PDF-1.4\n" + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(box.base() + BoxClient.CUSTOMER + "customer-upload-invoice-file"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
            for (var header : mutated.properties()) {
                String value = header.getValue().isString()
                        ? header.getValue().asString()
                        : raw(header.getValue().toString());
                if (value.startsWith(RAW)) {
                    value = RAW_NUMBERS.get(Integer.parseInt(value.substring(RAW.length())));
                }
                if (header.getKey().matches("[a-z_]{1,40}")
                        && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                        && value.length() < 4000) {
                    request.header(header.getKey(), value);
                }
            }
            BoxClient.Response response = box.send(request);
            String context = "seed " + SEED + ", upload " + i + ": " + abbreviated(mutated.toString());
            assertThat(response.status()).as(context).isLessThan(500);
            assertThat(response.json().get(0).get("_verify").isBoolean())
                    .as(context)
                    .isTrue();
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat ");
    }

    private static ObjectNode withCustomer(Customer customer, String seed) {
        ObjectNode body = Seeds.request(seed);
        body.put("customer_box_id", customer.boxId());
        body.put("customer_key", customer.key());
        return body;
    }

    /** One to three mutations of the tree, then maybe one of the text. */
    static String mutate(ObjectNode valid, Random random) {
        ObjectNode tree = valid.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateTree(tree, random);
        }
        String text = raw(tree.toString());
        return random.nextInt(4) == 0 ? mutateText(text, random) : text;
    }

    /**
     * Numbers no tree can hold (exponents beyond a decimal's, more digits than any limit) and the
     * negative zeros, written into the text where a mutation put {@link #RAW} and their index.
     */
    private static final List<String> RAW_NUMBERS = WireNumbers.ALL;

    private static final String RAW = "@@raw-number@@";

    private static String raw(String text) {
        for (int i = 0; i < RAW_NUMBERS.size(); i++) {
            text = text.replace("\"" + RAW + i + "\"", RAW_NUMBERS.get(i));
        }
        return text;
    }

    private static void mutateTree(ObjectNode root, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>(target.propertyNames());
        String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
        switch (random.nextInt(6)) {
            case 0 -> target.remove(name);
            case 1, 2 -> target.set(name, randomValue(random));
            case 3 -> target.set(randomName(random, names), randomValue(random));
            case 4 -> target.set(name, NODES.arrayNode().add(target.path(name).deepCopy()));
            default ->
                target.set(name, NODES.objectNode().set(name, target.path(name).deepCopy()));
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        if (node.isContainer()) {
            node.values().forEach(child -> collectObjects(child, objects));
        }
    }

    private static final List<Supplier<JsonNode>> VALUES = List.of(
            () -> NODES.stringNode(""),
            () -> NODES.stringNode(" "),
            () -> NODES.stringNode("0"),
            () -> NODES.stringNode("-1"),
            () -> NODES.stringNode("396"),
            () -> NODES.stringNode("3.5"),
            () -> NODES.stringNode("1e309"),
            () -> NODES.stringNode("9".repeat(40)),
            () -> NODES.stringNode("x".repeat(10_000)),
            () -> NODES.stringNode("\u0000"),
            () -> NODES.stringNode("\udfff"),
            () -> NODES.stringNode("\ud83d\ude00 émoji ש"),
            () -> NODES.stringNode("<script>alert(1)</script>"),
            () -> NODES.stringNode("'; drop table customer; --"),
            () -> NODES.stringNode("2024-02-30"),
            () -> NODES.stringNode("0000-00-00"),
            () -> NODES.stringNode("ﬃ".repeat(100) + "@example.com"),
            () -> NODES.stringNode("a@b.c"),
            () -> NODES.stringNode("true"),
            () -> NODES.numberNode(0),
            () -> NODES.numberNode(-1),
            () -> NODES.numberNode(Long.MAX_VALUE),
            () -> NODES.numberNode(new java.math.BigInteger("9".repeat(40))),
            () -> NODES.numberNode(3.5),
            () -> NODES.numberNode(1e300),
            () -> NODES.booleanNode(true),
            () -> NODES.nullNode(),
            () -> NODES.objectNode(),
            () -> NODES.arrayNode(),
            () -> NODES.arrayNode().add(NODES.arrayNode()),
            () -> NODES.arrayNode().add(NODES.nullNode()));

    private static JsonNode randomValue(Random random) {
        if (random.nextInt(4) == 0) {
            return NODES.stringNode(RAW + random.nextInt(RAW_NUMBERS.size()));
        }
        return VALUES.get(random.nextInt(VALUES.size())).get();
    }

    private static String randomName(Random random, List<String> names) {
        return switch (random.nextInt(3)) {
            case 0 -> "user_info";
            case 1 -> names.isEmpty() ? "customer_key" : names.get(random.nextInt(names.size())) + "_";
            default -> "unknown_" + random.nextInt(100);
        };
    }

    private static String mutateText(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(8)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + (char) random.nextInt(0x80) + text.substring(at);
            case 2 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text + "}";
            case 3 -> "[" + text + "]";
            case 4 -> "[".repeat(5_000) + "]".repeat(5_000);
            case 5, 6 -> unpairedSurrogate(text, random);
            default ->
                text.substring(0, at) + text.substring(at, Math.min(text.length(), at + 20)) + text.substring(at);
        };
    }

    /** An unpaired surrogate, as a JSON escape (the only way to send one), at the start of a random string value. */
    private static String unpairedSurrogate(String text, Random random) {
        List<Integer> values = new ArrayList<>();
        for (int at = text.indexOf(":\""); at >= 0; at = text.indexOf(":\"", at + 1)) {
            values.add(at + 2);
        }
        if (values.isEmpty()) {
            return text;
        }
        int at = values.get(random.nextInt(values.size()));
        return text.substring(0, at) + (random.nextBoolean() ? "\\udfff" : "\\ud800x") + text.substring(at);
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
