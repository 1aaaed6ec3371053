package org.casillero.shared.web;

/**
 * An answer written once, in the Box envelope, to be sent as it is many times: a {@link
 * BoxController} handler may return one instead of records.
 */
public final class PreparedAnswer {
    private final byte[] body;

    PreparedAnswer(byte[] body) {
        this.body = body;
    }

    byte[] body() {
        return body;
    }

    /** Its length in bytes, to weigh it in a cache. */
    public int size() {
        return body.length;
    }
}
