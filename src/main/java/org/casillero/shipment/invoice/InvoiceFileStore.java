package org.casillero.shipment.invoice;

import java.util.Optional;

/**
 * Where the bytes of invoice files are kept, by invoice id. The default keeps them in the database
 * (every instance sees them, backups include them); another store (an object store) implements this
 * and is declared as a bean in its place.
 */
public interface InvoiceFileStore {
    /** Keeps the file's bytes: call inside the transaction that records the upload. */
    void put(long invoiceId, byte[] content);

    Optional<byte[]> get(long invoiceId);
}
