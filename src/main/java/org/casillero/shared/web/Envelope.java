package org.casillero.shared.web;

import org.springframework.stereotype.Component;
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
        return json.answer(value);
    }

    byte[] failure(String description, String location, boolean systemError) {
        ObjectNode entity = json.objectNode();
        entity.put("_verify", false);
        entity.set("error", error(description, location, systemError));
        return json.write(json.arrayNode().add(entity));
    }

    private ObjectNode error(String description, String location, boolean systemError) {
        ObjectNode error = json.objectNode();
        error.put("error_description", description);
        error.put("error_location", location);
        error.put("system_error", systemError);
        return error;
    }
}
