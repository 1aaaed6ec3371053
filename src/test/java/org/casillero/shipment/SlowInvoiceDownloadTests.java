package org.casillero.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.casillero.BoxApiTest;
import org.casillero.shipment.TestInvoices.StalledDownload;
import org.casillero.warehouse.TestWarehouses;
import org.casillero.warehouse.TestWarehouses.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A reader too slow for the download's minimum rate loses its connection, and its download slot goes
 * to the next caller: readers that never read cannot keep everyone else's invoices busy.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "casillero.invoices.concurrent-downloads=1",
            "casillero.invoices.downloads-per-client=1",
            "casillero.invoices.download-min-rate=4MB",
            "casillero.invoices.download-grace=1s"
        })
class SlowInvoiceDownloadTests extends BoxApiTest {
    @Autowired
    ApplicationContext context;

    @Test
    void dropsAReaderSlowerThanTheMinimumRateAndGivesItsSlotToTheNext() throws Exception {
        Staff staff = TestWarehouses.staffOfNewWarehouse(context, box);
        Customer customer = register();
        long trck = TestInvoices.receive(staff, customer);
        byte[] file = TestInvoices.pdfOfSize(TestInvoices.MAX_BYTES);
        String url = TestInvoices.uploaded(box, customer, trck, "large.pdf", file);

        try (StalledDownload slow = new StalledDownload(url)) {
            assertThat(slow.head()).startsWith("HTTP/1.1 200");
            try (StalledDownload meanwhile = new StalledDownload(url)) {
                assertThat(meanwhile.head())
                        .as("the one slot is the slow reader's")
                        .startsWith("HTTP/1.1 503");
            }
            Instant start = Instant.now();
            String next = "";
            while (!next.startsWith("HTTP/1.1 200")
                    && Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(20)) < 0) {
                Thread.sleep(250);
                try (StalledDownload again = new StalledDownload(url)) {
                    next = again.head();
                }
            }
            Duration freed = Duration.between(start, Instant.now());

            assertThat(next)
                    .as("a later caller is served while the slow reader still reads nothing")
                    .startsWith("HTTP/1.1 200");
            // 1 s of grace and 5 MiB at 4 MB/s: about 2.3 s, checked once a second.
            assertThat(freed).isLessThan(Duration.ofSeconds(10));
            long read = slow.drain();
            assertThat(read)
                    .as("the slow reader's connection was closed before the whole file reached it")
                    .isBetween(0L, (long) file.length - 1);
        }
    }
}
