package org.casillero.shared.web;

import java.io.IOException;

/** A protocol failure: the body stopped before its end, most often because the client hung up (HTTP 400). */
final class IncompleteBody extends RuntimeException {
    IncompleteBody(IOException cause) {
        super("The body could not be read to its end.", cause, false, false);
    }
}
