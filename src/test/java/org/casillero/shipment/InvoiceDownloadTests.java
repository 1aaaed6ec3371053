package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casillero.BoxApiTest;
import org.casillero.BoxClient;
import org.casillero.OtherInstance;
import org.casillero.Seeds;
import org.casillero.customer.Actor;
import org.casillero.customer.CustomerAdministration;
import org.casillero.rating.RatingAdministration;
import org.casillero.rating.Tariff;
import org.casillero.shipment.TestInvoices.StalledDownload;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Invoice files download from storage a piece at a time, so that downloads in flight hold no copy of
 * the file each; only so many run at once, the others answered "busy"; and a customer's link dies
 * with the customer's account.
 */
class InvoiceDownloadTests extends BoxApiTest {
    private static final String HBC = BoxClient.CUSTOMER + "customer-get-shipments-hbc";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ApplicationContext context;

    private Staff staff;

    @BeforeEach
    void warehouse() {
        staff = TestWarehouses.staffOfNewWarehouse(context, box);
        context.getBean(RatingAdministration.class)
                .setTariff(
                        new Tariff(Seeds.COPA_ID, new BigDecimal("3.5"), new BigDecimal("6.5"), BigDecimal.ZERO, 166));
    }

    /** The heap the JVM (this test's and the server's) still uses after a full collection: what is held, not what was made. */
    private static long heldHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private int concurrentDownloads() {
        return context.getEnvironment().getProperty("casillero.invoices.concurrent-downloads", Integer.class, 16);
    }

    @Test
    void answersDownloadsBeyondTheBoundBusyAndHoldsNoCopyOfTheFilePerDownloadInFlight() throws Exception {
        Customer customer = register();
        long trck = TestInvoices.receive(staff, customer);
        byte[] file = TestInvoices.pdfOfSize(TestInvoices.MAX_BYTES);
        String url = TestInvoices.uploaded(box, customer, trck, "large.pdf", file);
        int bound = concurrentDownloads();
        int attackers = bound + 48;
        long before = heldHeap();

        List<StalledDownload> stalled = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> answered = new ArrayList<>();
            for (int i = 0; i < attackers; i++) {
                // Each from an address of its own, so that only the bound on all downloads applies.
                StalledDownload download = new StalledDownload(url, null, "127.0.0." + (10 + i));
                stalled.add(download);
                answered.add(readers.submit(download::head));
            }
            for (Future<String> head : answered) {
                heads.add(head.get());
            }
            long during = heldHeap();
            long busy = heads.stream()
                    .filter(head -> head.startsWith("HTTP/1.1 503"))
                    .count();
            long served = heads.stream()
                    .filter(head -> head.startsWith("HTTP/1.1 200"))
                    .count();

            assertThat(during - before)
                    .as(
                            "heap held with %d downloads of a 5 MiB file in flight (%d served): less than four copies of it",
                            attackers, served)
                    .isLessThan(4 * TestInvoices.MAX_BYTES);
            assertThat(served)
                    .as("downloads of %d at once, at most %d served", attackers, bound)
                    .isEqualTo(bound);
            assertThat(busy).as("the others answered busy").isEqualTo(attackers - served);
            int refused = heads.indexOf(heads.stream()
                    .filter(head -> head.startsWith("HTTP/1.1 503"))
                    .findFirst()
                    .orElseThrow());
            String head = heads.get(refused);
            assertThat(head).containsIgnoringCase("Retry-After: ");
            int length = Integer.parseInt(head.replaceAll("(?is).*content-length: *([0-9]+).*", "$1"));
            JsonNode envelope = BoxClient.JSON.readTree(stalled.get(refused).body(length));
            assertThat(envelope.get(0).get("_verify").asBoolean()).isFalse();
            assertThat(envelope.get(0).get("error").get("error_description").asString())
                    .isEqualTo("The service is busy; try again in a few seconds.");
        } finally {
            stalled.forEach(StalledDownload::close);
        }
        // Once the readers hang up, their slots are free again (as soon as the server sees them gone).
        OtherInstance.until(() -> TestInvoices.download(url).statusCode() == 200);
        assertThat(TestInvoices.download(url).body()).isEqualTo(file);
    }

    @Test
    void streamsAFileWhoseSizeIsNotAWholeNumberOfPiecesByteForByte() {
        Customer customer = register();
        for (int size : new int[] {1, 64 * 1024, 256 * 1024, 256 * 1024 + 1, 3 * 256 * 1024 - 1, 4_000_000}) {
            byte[] file = TestInvoices.pdfOfSize(Math.max(size, TestInvoices.PDF.length));
            HttpResponse<byte[]> downloaded = TestInvoices.download(
                    TestInvoices.uploaded(box, customer, TestInvoices.receive(staff, customer), "f.pdf", file));

            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(downloaded.headers().firstValueAsLong("Content-Length")).hasValue(file.length);
            assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(downloaded.headers().firstValue("X-Content-Type-Options"))
                    .hasValue("nosniff");
            assertThat(downloaded.headers().firstValue("Cache-Control")).hasValue("private, no-store");
            assertThat(downloaded.body()).as("%d bytes", file.length).isEqualTo(file);
        }
    }

    @Test
    void answersAHeadRequestWithTheFilesHeadersAndNoBody() throws Exception {
        Customer customer = register();
        byte[] file = TestInvoices.pdfOfSize(300_000);
        String url = TestInvoices.uploaded(box, customer, TestInvoices.receive(staff, customer), "f.pdf", file);

        HttpResponse<byte[]> head = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(file.length);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(head.body()).isEmpty();
        assertThat(TestInvoices.download(url).body()).isEqualTo(file);
    }

    @Test
    void staffDownloadAFileAsStoredAndAreAnsweredBusyBeyondTheBoundAsAProblem() throws Exception {
        Customer customer = register();
        long trck = TestInvoices.receive(staff, customer);
        byte[] file = TestInvoices.pdfOfSize(TestInvoices.MAX_BYTES);
        TestInvoices.uploaded(box, customer, trck, "large.pdf", file);
        long invoiceId = staff.get("/shipments/" + trck + "/invoices")
                .json()
                .get("files")
                .get(0)
                .get("invoiceId")
                .asLong();
        String url = box.base() + "/warehouse/v1/shipments/" + trck + "/invoices/" + invoiceId;

        HttpResponse<byte[]> whole = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + staff.token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(file);

        List<StalledDownload> stalled = new ArrayList<>();
        try {
            List<String> heads = new ArrayList<>();
            for (int i = 0; i < concurrentDownloads() + 4; i++) {
                StalledDownload download = new StalledDownload(url, staff.token(), "127.0.1." + (10 + i));
                stalled.add(download);
                heads.add(download.head());
            }
            String refused = heads.getLast();
            assertThat(refused).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: ");
            assertThat(refused).containsIgnoringCase("Content-Type: application/problem+json");
        } finally {
            stalled.forEach(StalledDownload::close);
        }
    }

    @Test
    void servesOneClientAddressOnlySoManyDownloadsAtOnceAndOthersMeanwhile() {
        Customer customer = register();
        String url = TestInvoices.uploaded(
                box,
                customer,
                TestInvoices.receive(staff, customer),
                "large.pdf",
                TestInvoices.pdfOfSize(TestInvoices.MAX_BYTES));
        int perClient =
                context.getEnvironment().getProperty("casillero.invoices.downloads-per-client", Integer.class, 4);
        List<StalledDownload> stalled = new ArrayList<>();
        try {
            List<String> fromOne = new ArrayList<>();
            for (int i = 0; i < perClient + 3; i++) {
                StalledDownload download = new StalledDownload(url, null, "127.0.2.1");
                stalled.add(download);
                fromOne.add(download.head());
            }
            StalledDownload fromAnother = new StalledDownload(url, null, "127.0.2.2");
            stalled.add(fromAnother);

            assertThat(fromOne.stream().filter(head -> head.startsWith("HTTP/1.1 200")))
                    .hasSize(perClient);
            assertThat(fromOne.subList(perClient, fromOne.size())).allMatch(head -> head.startsWith("HTTP/1.1 503"));
            assertThat(fromAnother.head())
                    .as("another client is served meanwhile")
                    .startsWith("HTTP/1.1 200");
        } finally {
            stalled.forEach(StalledDownload::close);
        }
    }

    @Test
    void aDisabledCustomersLinkIsDeadAndWorksAgainOnceTheAccountIsEnabled() {
        Customer customer = register();
        long trck = TestInvoices.receive(staff, customer);
        String url = TestInvoices.uploaded(box, customer, trck, "invoice.pdf", TestInvoices.PDF);
        CustomerAdministration administration = context.getBean(CustomerAdministration.class);
        assertThat(TestInvoices.download(url).statusCode()).isEqualTo(200);

        administration.setEnabled(customer.boxId(), false, Actor.operator("test"));
        HttpResponse<byte[]> whileDisabled = TestInvoices.download(url);
        administration.setEnabled(customer.boxId(), true, Actor.operator("test"));
        HttpResponse<byte[]> enabledAgain = TestInvoices.download(url);

        assertThat(whileDisabled.statusCode())
                .as("as a link whose file is gone")
                .isEqualTo(404);
        String answer = new String(whileDisabled.body(), StandardCharsets.UTF_8);
        assertThat(answer).contains("\"_verify\":false").contains("No file answers at this link.");
        assertThat(whileDisabled.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(enabledAgain.statusCode()).isEqualTo(200);
        assertThat(enabledAgain.body()).isEqualTo(TestInvoices.PDF);
        assertThat(box.post(HBC, customer.credentials()).verified()).isTrue();
    }

    @Test
    void aLinkStillWorksOnceTheShipmentHasLeftTheWarehouse() {
        Customer customer = register();
        long trck = TestInvoices.receive(staff, customer);
        String url = TestInvoices.uploaded(box, customer, trck, "invoice.pdf", TestInvoices.PDF);
        staff.post("/shipments/" + trck + "/processing", """
                {"measures": {"weight": 1, "weightUnit": "LB", "length": 1, "width": 1, "height": 1, "lengthUnit": "IN"}}
                """);
        for (String code : List.of("PAY", "MNF", "DEP", "DEL")) {
            assertThat(staff.post("/shipments/" + trck + "/events", "{\"code\": \"" + code + "\"}")
                            .status())
                    .isEqualTo(200);
        }

        assertThat(TestInvoices.download(url).statusCode())
                .as("the customer may still need its invoice, and only the customer holds the link")
                .isEqualTo(200);
    }
}
