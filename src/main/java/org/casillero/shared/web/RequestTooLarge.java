package org.casillero.shared.web;

/** A protocol failure: the body is over the limit (HTTP 413). */
final class RequestTooLarge extends RuntimeException {
    RequestTooLarge(long maxBytes) {
        super("The body is larger than " + size(maxBytes) + ".", null, false, false);
    }

    static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }
}
