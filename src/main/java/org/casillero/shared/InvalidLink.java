package org.casillero.shared;

/**
 * A signed download link that does not lead to a file: its signature does not match (tampered or
 * made up: HTTP 403), its time is over (410), or its file is no longer there (404).
 */
public final class InvalidLink extends RuntimeException {
    public enum Why {
        NOT_SIGNED_HERE(403, "The link is not valid."),
        EXPIRED(410, "The link has expired; ask for a new one."),
        GONE(404, "No file answers at this link.");

        private final int status;
        private final String description;

        Why(int status, String description) {
            this.status = status;
            this.description = description;
        }

        public int status() {
            return status;
        }
    }

    private final Why why;

    public InvalidLink(Why why) {
        super(why.description, null, false, false);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
