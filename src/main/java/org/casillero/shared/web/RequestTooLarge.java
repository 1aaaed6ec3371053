package org.casillero.shared.web;

/** A protocol failure: the body is over the limit (HTTP 413). */
final class RequestTooLarge extends RuntimeException {
    RequestTooLarge() {
        super("The body is larger than " + WireBody.MAX_BYTES / 1024 + " KiB.", null, false, false);
    }
}
