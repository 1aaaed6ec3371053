package org.casillero.shared;

import java.util.function.UnaryOperator;

/**
 * A request field breaks a rule: the field, by a neutral property path, and what is wrong with it.
 * The path names the field as the domain's own records do, in camelCase ({@code customerAddress[0].cityCode},
 * {@code occurredAt}, {@code boxId}), or is "" when the fault is in the request as a whole; the problem is
 * the rest of the sentence ({@code is not a known city code}). Each adapter names the field in its own
 * words and renders the text with {@link #describedAs}: the Box API by its wire name
 * ({@code customer_address[0].city_code}), the operator's command line by its option ({@code --box-id}),
 * the warehouse API as it is ({@link #fieldIn}). A reader of a wire that refuses a field before any
 * record holds it (shared.web's) names it as the request spelled it instead ({@link #asSent}).
 */
public final class InvalidField extends BoxException {
    private final String problem;
    private final boolean asSent;

    public InvalidField(String path, String problem) {
        this(path, problem, false);
    }

    private InvalidField(String field, String problem, boolean asSent) {
        super(sentence(field, problem), field);
        this.problem = problem;
        this.asSent = asSent;
    }

    /** A field named as the request spelled it (a header's name, a JSON member's): every adapter tells it so. */
    public static InvalidField asSent(String name, String problem) {
        return new InvalidField(name, problem, true);
    }

    /** The field by an adapter's name for its path ({@code naming}), or as the request spelled it. */
    public String fieldIn(UnaryOperator<String> naming) {
        return asSent ? field() : naming.apply(field());
    }

    /** What is wrong with the field, without its name. */
    public String problem() {
        return problem;
    }

    /** The description with the field called {@code name}, an adapter's own name for the path. */
    public String describedAs(String name) {
        return sentence(name, problem);
    }

    private static String sentence(String name, String problem) {
        return name.isEmpty() ? problem : name + " " + problem;
    }
}
