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
 * (ids, keys, timestamps). A WCF date must be a WCF date wherever it stands.
 */
public final class JsonShape {
    private static final String WCF_DATE = "/Date\\(-?\\d+[+-]\\d{4}\\)/";

    private JsonShape() {
        throw new AssertionError();
    }

    /** @param free paths whose value may differ, such as {@code [0].customer_address[0].address_id} */
    public static void assertMatches(JsonNode expected, JsonNode actual, Set<String> free) {
        compare("", expected, actual, free);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, Set<String> free) {
        assertThat(actual.getNodeType()).as("JSON type at %s", path).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            assertThat(fieldNames(actual))
                    .as("property names, in order, at %s", path)
                    .isEqualTo(fieldNames(expected));
            for (Map.Entry<String, JsonNode> property : expected.properties()) {
                String name = property.getKey();
                compare(path + "." + name, property.getValue(), actual.get(name), free);
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("array length at %s", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), free);
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

    /** The object's field names, in the order the answer has them. */
    public static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
