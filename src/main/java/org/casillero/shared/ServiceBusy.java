package org.casillero.shared;

/**
 * The server has more of some costly work queued than it will take on: the caller should try again
 * in a few seconds (HTTP 503 with {@code Retry-After}). Nothing was changed.
 */
public final class ServiceBusy extends RuntimeException {
    public ServiceBusy(String what) {
        super(what, null, false, false);
    }
}
