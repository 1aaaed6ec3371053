package org.casillero.shared;

/**
 * A business failure: the request was well formed but cannot be carried out. The Box API answers
 * it with HTTP 200, {@code _verify: false}, the description and, where there is one, the request
 * field at fault. Descriptions are fixed texts: they never carry a secret or a stored value.
 */
public abstract class BoxException extends RuntimeException {
    private final String location;

    protected BoxException(String description, String location) {
        super(description, null, false, false);
        this.location = location;
    }

    public String description() {
        return getMessage();
    }

    /** The request field at fault, as the wire names it ({@code customer_phone[1].phone_type}), or "". */
    public String location() {
        return location;
    }
}
