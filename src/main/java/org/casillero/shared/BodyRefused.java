package org.casillero.shared;

/**
 * A request body the server stopped reading: it arrived slower than the least rate a body may come
 * at (HTTP 408), or the memory set aside for bodies still arriving, in all or for the client's
 * address, was taken (HTTP 503, try again). Either way the connection is closed.
 */
public final class BodyRefused extends RuntimeException {
    public enum Why {
        TOO_SLOW(408, "The body arrived too slowly."),
        NO_ROOM(503, "The service is busy; try again in a few seconds.");

        private final int status;
        private final String description;

        Why(int status, String description) {
            this.status = status;
            this.description = description;
        }

        public int status() {
            return status;
        }

        public String description() {
            return description;
        }
    }

    private final Why why;

    public BodyRefused(Why why) {
        super(why.description, null, false, false);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
