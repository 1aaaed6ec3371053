package org.casillero.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One row of {@code credential_version}: a number bumped in the transaction of every change to one
 * kind of credentials (row 1 the API users', row 2 the customers' keys), which servers keeping those
 * credentials in memory compare with the one they read them at ({@link VersionedCache}).
 */
public final class CredentialVersion {
    public static final int API_USERS = 1;
    public static final int CUSTOMER_KEYS = 2;

    private final JdbcClient jdbc;
    private final int row;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public CredentialVersion(JdbcClient jdbc, int row) {
        this.jdbc = jdbc;
        this.row = row;
    }

    /** Marks a change, in the caller's transaction, and tells this server's listeners. */
    public void bump() {
        int rows = jdbc.sql("update credential_version set version = version + 1 where id = :row")
                .param("row", row)
                .update();
        if (rows != 1) {
            throw new IllegalStateException("Expected to bump credential version " + row + ", changed " + rows);
        }
        listeners.forEach(Runnable::run);
    }

    public long current() {
        return jdbc.sql("select version from credential_version where id = :row")
                .param("row", row)
                .query(Long.class)
                .single();
    }

    /** Runs {@code listener} in the transaction of each change made by this server. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
