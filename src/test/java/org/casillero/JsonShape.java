package org.casillero;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares an answer with a documented example: the same property names in the same order, nested
 * too, the same JSON types, and the same values except at the paths named as not deterministic
 * (ids, keys, timestamps). A WCF date must be a WCF date wherever it stands. Casillero's additive
 * fields (those real clients read that the examples do not show, README) are named by path: they
 * must be there, and every object's properties, additions included, are in ordinal order.
 */
public final class JsonShape {
    private static final String WCF_DATE = "/Date\\(-?\\d+[+-]\\d{4}\\)/";

    private JsonShape() {
        throw new AssertionError();
    }

    /** @param free paths whose value may differ, such as {@code [0].customer_address[0].address_id} */
    public static void assertMatches(JsonNode expected, JsonNode actual, Set<String> free) {
        assertMatches(expected, actual, free, Set.of());
    }

    /** @param added paths of the additive fields the answer has beyond the example, such as {@code [0].box_status} */
    public static void assertMatches(JsonNode expected, JsonNode actual, Set<String> free, Set<String> added) {
        compare("", expected, actual, free, added);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, Set<String> free, Set<String> added) {
        assertThat(actual.getNodeType()).as("JSON type at %s", path).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            List<String> names = fieldNames(actual);
            assertThat(names).as("property names at %s in ordinal order", path).isSortedAccordingTo(String::compareTo);
            List<String> additions = names.stream()
                    .filter(name -> added.contains(path + "." + name))
                    .toList();
            assertThat(names.stream().filter(name -> !additions.contains(name)))
                    .as("the example's property names, in order, at %s", path)
                    .containsExactlyElementsOf(fieldNames(expected));
            assertThat(additions)
                    .as("additive fields at %s", path)
                    .containsExactlyInAnyOrderElementsOf(added.stream()
                            .filter(a -> a.startsWith(path + ".") && a.indexOf('.', path.length() + 1) < 0)
                            .map(a -> a.substring(path.length() + 1))
                            .toList());
            for (Map.Entry<String, JsonNode> property : expected.properties()) {
                String name = property.getKey();
                compare(path + "." + name, property.getValue(), actual.get(name), free, added);
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("array length at %s", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), free, added);
            }
        } else if (expected.isString() && expected.asString().matches(WCF_DATE)) {
            assertThat(actual.asString()).as("WCF date at %s", path).matches(WCF_DATE);
            if (!free.contains(path)) {
                assertThat(actual).as("value at %s", path).isEqualTo(expected);
            }
        } else if (!free.contains(path)) {
            assertThat(actual).as("value at %s", path).isEqualTo(expected);
        }
    }

    /**
     * The same shape, whatever the values: the same property names in the same order at every level
     * (the additive fields named by path aside), the same JSON types (a null stays null), and every
     * element of an array shaped like the example's first.
     */
    public static void assertSameShape(JsonNode expected, JsonNode actual, Set<String> added) {
        shape("", expected, actual, added);
    }

    private static void shape(String path, JsonNode expected, JsonNode actual, Set<String> added) {
        assertThat(actual.getNodeType()).as("JSON type at %s", path).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            List<String> names = fieldNames(actual);
            assertThat(names).as("property names at %s in ordinal order", path).isSortedAccordingTo(String::compareTo);
            assertThat(names.stream().filter(name -> !added.contains(path + "." + name)))
                    .as("the example's property names, in order, at %s", path)
                    .containsExactlyElementsOf(fieldNames(expected));
            for (Map.Entry<String, JsonNode> property : expected.properties()) {
                shape(path + "." + property.getKey(), property.getValue(), actual.get(property.getKey()), added);
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                shape(path + "[]", expected.get(0), actual.get(i), added);
            }
        }
    }

    /** The object's field names, in the order the answer has them. */
    public static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
