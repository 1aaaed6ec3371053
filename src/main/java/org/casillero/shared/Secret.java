package org.casillero.shared;

/** A password or key: it never prints, so it cannot reach a log line or a message by accident. */
public record Secret(String value) {
    @Override
    public String toString() {
        return "[secret]";
    }
}
