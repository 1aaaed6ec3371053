package org.casillero.shared.web;

/** A protocol failure: the body is not JSON or not a JSON object (HTTP 400). */
final class MalformedRequest extends RuntimeException {
    MalformedRequest(String description) {
        super(description, null, false, false);
    }
}
