package org.casillero.shared;

/**
 * A business failure: the request was well formed but cannot be carried out. The Box API answers
 * it with HTTP 200, {@code _verify: false}, the description and, where there is one, the request
 * field at fault. Descriptions are fixed texts: they never carry a secret or a stored value.
 */
public abstract class BoxException extends RuntimeException {
    private final String field;

    protected BoxException(String description, String field) {
        super(description, null, false, false);
        this.field = field;
    }

    public String description() {
        return getMessage();
    }

    /**
     * The request field at fault, by its neutral property path ({@code customerPhone[1].phoneType}; see
     * {@link InvalidField}), or "": each adapter translates it to its own name for the field.
     */
    public String field() {
        return field;
    }
}
