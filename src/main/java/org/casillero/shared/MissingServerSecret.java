package org.casillero.shared;

/** Start-up refused: the database is not the embedded one and no server secret is configured. */
final class MissingServerSecret extends RuntimeException {
    MissingServerSecret(String message) {
        super(message);
    }
}
