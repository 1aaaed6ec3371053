package org.casillero.shared.web;

/** A protocol failure: the body is not JSON, not an object, or has a field of the wrong JSON type (HTTP 400). */
final class MalformedRequest extends RuntimeException {
    private final String location;

    MalformedRequest(String description, String location) {
        super(description, null, false, false);
        this.location = location;
    }

    String location() {
        return location;
    }
}
