package org.casillero.shipment.invoice;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoice files' bytes in the database ({@code invoice_file_content}). */
@Repository
class DatabaseInvoiceFileStore implements InvoiceFileStore {
    private final JdbcClient jdbc;

    DatabaseInvoiceFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(long invoiceId, byte[] content) {
        int rows = jdbc.sql("insert into invoice_file_content (invoice_id, content) values (:id, :content)")
                .param("id", invoiceId)
                .param("content", content)
                .update();
        if (rows != 1) {
            throw new IllegalStateException("Storing invoice file " + invoiceId + " changed " + rows + " rows");
        }
    }

    @Override
    public Optional<byte[]> get(long invoiceId) {
        return jdbc.sql("select content from invoice_file_content where invoice_id = :id")
                .param("id", invoiceId)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }
}
