package org.casillero.shipment.invoice;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invoice files' bytes in the database ({@code invoice_file_chunk}), in pieces of {@value #CHUNK}
 * bytes: the JDBC drivers read a value whole, so that a file kept as one value would be held whole
 * by every download of it. A stream reads one piece per query, each on its own (files never change
 * once uploaded), so that a slow reader holds no connection between pieces.
 */
@Repository
class DatabaseInvoiceFileStore implements InvoiceFileStore {
    static final int CHUNK = 256 * 1024;

    private final JdbcClient jdbc;

    DatabaseInvoiceFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(long invoiceId, byte[] content) {
        for (int chunk = 0; chunk * (long) CHUNK < content.length; chunk++) {
            int from = chunk * CHUNK;
            int rows = jdbc.sql(
                            "insert into invoice_file_chunk (invoice_id, chunk_no, content) values (:id, :no, :content)")
                    .param("id", invoiceId)
                    .param("no", chunk)
                    .param("content", Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK)))
                    .update();
            if (rows != 1) {
                throw new IllegalStateException("Storing invoice file " + invoiceId + " changed " + rows + " rows");
            }
        }
    }

    @Override
    public Optional<InputStream> open(long invoiceId) {
        int chunks = jdbc.sql("select count(*) from invoice_file_chunk where invoice_id = :id")
                .param("id", invoiceId)
                .query(Integer.class)
                .single();
        return chunks == 0 ? Optional.empty() : Optional.of(new Chunks(invoiceId, chunks));
    }

    /** The file's pieces in order, each read when the one before it has been read to its end. */
    private final class Chunks extends InputStream {
        private final long invoiceId;
        private final int count;
        private int next;
        private byte @Nullable [] current;
        private int position;

        Chunks(long invoiceId, int count) {
            this.invoiceId = invoiceId;
            this.count = count;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            byte[] chunk = current();
            if (chunk == null) {
                return -1;
            }
            int read = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, read);
            position += read;
            return read;
        }

        /** The piece being read, the next one once it is read to its end; null after the last. */
        private byte @Nullable [] current() {
            while (current == null || position == current.length) {
                if (next == count) {
                    current = null;
                    return null;
                }
                current = jdbc.sql("select content from invoice_file_chunk where invoice_id = :id and chunk_no = :no")
                        .param("id", invoiceId)
                        .param("no", next)
                        .query((rs, n) -> rs.getBytes("content"))
                        .optional()
                        .orElseThrow(() -> new IllegalStateException(
                                "Invoice file " + invoiceId + " lacks piece " + next + " of " + count));
                next++;
                position = 0;
            }
            return current;
        }

        @Override
        public void close() {
            current = null;
            next = count;
        }
    }
}
