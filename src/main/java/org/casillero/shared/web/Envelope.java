package org.casillero.shared.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Box API's answer: a JSON array of entities, each carrying {@code _verify} and an
 * {@code error} object. A single-entity call answers one element, a list one element per item;
 * every object inside the answer (a customer's addresses and phones, a shipment, its pieces and
 * tracking events) is an entity too.
 */
@Component
final class Envelope {
    private final WireJson json;

    Envelope(WireJson json) {
        this.json = json;
    }

    byte[] success(Object value) {
        JsonNode tree = json.toTree(value);
        ArrayNode answer = json.arrayNode();
        if (tree.isArray()) {
            tree.forEach(element -> answer.add(entity(element)));
        } else {
            answer.add(entity(tree));
        }
        return json.write(json.sorted(answer));
    }

    byte[] failure(String description, String location, boolean systemError) {
        ObjectNode entity = json.objectNode();
        entity.put("_verify", false);
        entity.set("error", error(description, location, systemError));
        return json.write(json.arrayNode().add(entity));
    }

    private JsonNode entity(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode entity = (ObjectNode) node;
        entity.forEach(value -> {
            if (value.isArray()) {
                ArrayNode items = (ArrayNode) value;
                for (int i = 0; i < items.size(); i++) {
                    items.set(i, entity(items.get(i)));
                }
            } else if (value.isObject()) {
                entity(value);
            }
        });
        entity.put("_verify", true);
        entity.set("error", error("", "", false));
        return entity;
    }

    private ObjectNode error(String description, String location, boolean systemError) {
        ObjectNode error = json.objectNode();
        error.put("error_description", description);
        error.put("error_location", location);
        error.put("system_error", systemError);
        return error;
    }
}
