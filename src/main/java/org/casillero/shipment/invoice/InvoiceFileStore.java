package org.casillero.shipment.invoice;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of invoice files are kept, by invoice id. The default keeps them in the database
 * (every instance sees them, backups include them); another store (an object store) implements this
 * and is declared as a bean in its place. A download reads a file as a stream, a bounded piece at a
 * time, so that a file is never held whole in memory to be sent: a store must not read it whole to
 * open it.
 */
public interface InvoiceFileStore {
    /** Keeps the file's bytes: call inside the transaction that records the upload. */
    void put(long invoiceId, byte[] content);

    /**
     * The file's bytes from the first, read as the stream is read (close it when done); empty when
     * the store holds none for that id. The stream may be read outside any transaction.
     */
    Optional<InputStream> open(long invoiceId);
}
