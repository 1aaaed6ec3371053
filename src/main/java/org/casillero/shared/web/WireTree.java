package org.casillero.shared.web;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import org.casillero.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A body's JSON read into the tree that {@link WireJson} binds from, in one pass over its tokens, the
 * same nodes as Jackson's own tree reader makes, with what the wire refuses in any field found on
 * the way: a text holding a NUL or half of a surrogate pair, and a number no field takes (more than
 * {@link #MAX_DIGITS} characters, or an exponent a decimal cannot hold). Each is a business error
 * naming the field; its name is put together only then, so that what a body costs grows with its
 * bytes and never with its depth times its width.
 */
final class WireTree {
    /** Jackson's own default limit on a number's length: longer ones were refused before this reader too. */
    static final int MAX_DIGITS = 1000;

    private final JsonParser parser;
    private final JsonNodeFactory nodes;
    private final boolean stripTrailingZeros;

    private WireTree(JsonParser parser, JsonNodeFactory nodes, boolean stripTrailingZeros) {
        this.parser = parser;
        this.nodes = nodes;
        this.stripTrailingZeros = stripTrailingZeros;
    }

    /**
     * The JSON object the parser holds; null when it holds no value or another kind of value. A
     * {@link MalformedRequest} when anything follows the value, a {@code JacksonException} when it is
     * not JSON.
     */
    static @Nullable ObjectNode read(JsonParser parser, JsonNodeFactory nodes, boolean stripTrailingZeros) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        ObjectNode object = null;
        if (first == JsonToken.START_OBJECT) {
            object = new WireTree(parser, nodes, stripTrailingZeros).object();
        } else {
            // Not the object a body must be: only checked to be JSON, its numbers never read.
            parser.skipChildren();
        }
        if (parser.nextToken() != null) {
            throw new MalformedRequest(WireJson.NOT_JSON);
        }
        return object;
    }

    private JsonNode value(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> text();
            case VALUE_NUMBER_INT -> whole();
            case VALUE_NUMBER_FLOAT -> decimal();
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            default -> nodes.nullNode();
        };
    }

    private ObjectNode object() {
        ObjectNode object = nodes.objectNode();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            // As Jackson's tree: a name sent twice keeps its first place and its last value.
            object.set(name, value(parser.nextToken()));
        }
        return object;
    }

    private ArrayNode array() {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(token));
        }
        return array;
    }

    /**
     * A text that can be stored and compared: no NUL character (no database stores one, and no name or
     * address needs one), and no half of a UTF-16 surrogate pair without the other (a JSON escape can
     * carry one; no Unicode text holds one).
     */
    private JsonNode text() {
        String text = parser.getString();
        String problem = problem(text);
        if (problem != null) {
            throw InvalidField.asSent(path(), problem);
        }
        return nodes.stringNode(text);
    }

    private JsonNode whole() {
        tooLong();
        return switch (parser.getNumberType()) {
            case INT -> nodes.numberNode(parser.getIntValue());
            case LONG -> nodes.numberNode(parser.getLongValue());
            default -> nodes.numberNode(parser.getBigIntegerValue());
        };
    }

    /** A fraction or an exponent, as a decimal (never a binary float); one whose exponent no decimal holds is refused. */
    private JsonNode decimal() {
        tooLong();
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (NumberFormatException beyondAnyDecimal) {
            throw InvalidField.asSent(path(), WireScalars.TOO_LARGE);
        }
        if (stripTrailingZeros) {
            try {
                value = value.stripTrailingZeros();
            } catch (ArithmeticException scaleOverflow) {
                // kept as sent, as Jackson's tree keeps it
            }
        }
        return nodes.numberNode(value);
    }

    private void tooLong() {
        if (parser.getStringLength() > MAX_DIGITS) {
            throw InvalidField.asSent(path(), WireScalars.TOO_LARGE);
        }
    }

    private String path() {
        return path(parser);
    }

    /** The field a parser is at, as its JSON names it: {@code customer_phone[1].phone_number}. */
    static String path(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext at = parser.streamReadContext(); at != null && !at.inRoot(); at = at.getParent()) {
            parts.push(at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.currentName());
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static @Nullable String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text";
            }
        }
        return null;
    }
}
