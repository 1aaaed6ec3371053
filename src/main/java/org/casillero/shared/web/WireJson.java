package org.casillero.shared.web;

import static tools.jackson.databind.cfg.CoercionAction.AsNull;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.casillero.shared.CasilleroSettings;
import org.casillero.shared.InvalidField;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * The one JSON mapper of the Box API: snake_case names, scalars read as real clients send them
 * ({@link WireScalars}), WCF dates, and answers written straight from records, properties in ordinal
 * alphabetical order ({@link EntityWriter}).
 */
@Component
final class WireJson {
    static final String NOT_JSON = "The body is not valid JSON.";

    /**
     * What a Box API body may hold, set to what the API needs so that no body costs more than its
     * purpose: member names of at most 256 characters (the longest the API knows has 30), texts of at
     * most 16,384 (the longest any field takes has 1,000), nesting at most 16 deep (the deepest body,
     * {@code customer_address[0].city_code}, is 3), the body's own limit on its length. A body past one
     * of them is not valid JSON (HTTP 400). Numbers are bounded by {@link WireTree}, which names the
     * field: here no longer than the body.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNameLength(256)
            .maxStringLength(16 * 1024)
            .maxNestingDepth(16)
            .maxDocumentLength(WireBody.MAX_BYTES)
            .maxNumberLength(WireBody.MAX_BYTES)
            .build();

    private final JsonMapper mapper;
    private final EntityWriter entities;
    private final boolean stripTrailingZeros;

    WireJson(CasilleroSettings settings) {
        WcfDates dates = new WcfDates(settings.timeZone());
        SimpleModule wcfDates = new SimpleModule("wcf-dates")
                .addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
                    @Override
                    public void serialize(LocalDate value, JsonGenerator gen, SerializationContext context) {
                        gen.writeString(dates.format(value));
                    }
                })
                // Amounts and weights as the reference prints them: 10, 6.5, 0.4409; never 10.0 or 1E+1.
                .addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
                    @Override
                    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext context) {
                        gen.writeNumber(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
                    }
                })
                .addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
                    @Override
                    public void serialize(Instant value, JsonGenerator gen, SerializationContext context) {
                        gen.writeString(dates.format(value));
                    }
                });
        this.mapper = JsonMapper.builder(
                        JsonFactory.builder().streamReadConstraints(LIMITS).build())
                .propertyNamingStrategy(WireNaming.INSTANCE)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // A list or an object sent as "" is a field not sent, as for scalars.
                .withCoercionConfig(
                        LogicalType.Collection, config -> config.setCoercion(CoercionInputShape.EmptyString, AsNull))
                .withCoercionConfig(
                        LogicalType.POJO, config -> config.setCoercion(CoercionInputShape.EmptyString, AsNull))
                .addModule(WireScalars.module())
                .addModule(wcfDates)
                .build();
        this.entities = new EntityWriter(dates, mapper::valueToTree);
        this.stripTrailingZeros = mapper.deserializationConfig()
                .getDatatypeFeatures()
                .isEnabled(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /**
     * The body as a JSON object, or a {@link MalformedRequest}; an {@link InvalidField} for a text or a
     * number that no field takes ({@link WireTree}).
     */
    ObjectNode readObject(byte[] body) {
        ObjectNode tree;
        try (JsonParser parser = mapper.createParser(body)) {
            tree = WireTree.read(parser, mapper.getNodeFactory(), stripTrailingZeros);
        } catch (JacksonException e) {
            throw new MalformedRequest(NOT_JSON);
        }
        if (tree == null) {
            throw new MalformedRequest("The body must be a JSON object.");
        }
        return tree;
    }

    /**
     * Binds a JSON object to a request record; a field that cannot be read as its type is an
     * {@link InvalidField} (a business error, as for any other broken rule) naming the field, under
     * {@code prefix} when the object is nested.
     */
    <T> T bind(JsonNode node, Class<T> type, String prefix) {
        try {
            return mapper.treeToValue(node, type);
        } catch (DatabindException e) {
            throw InvalidField.asSent(prefix + fieldPath(e), problem(e));
        } catch (JacksonException e) {
            throw new MalformedRequest("The body cannot be read.");
        }
    }

    private static String problem(DatabindException e) {
        if (e instanceof WireScalars.WrongScalar wrong) {
            return wrong.problem();
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && Collection.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        return target != null && target.isRecord() ? "must be an object" : "cannot be read";
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    ObjectNode objectNode() {
        return mapper.createObjectNode();
    }

    ArrayNode arrayNode() {
        return mapper.createArrayNode();
    }

    /**
     * The Box answer of a value: a JSON array of its elements (a list's) or of the value itself,
     * each an entity, written straight from the records ({@link EntityWriter}).
     */
    byte[] answer(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            gen.writeStartArray();
            if (value instanceof Collection<?> items) {
                for (Object item : items) {
                    entities.write(gen, item);
                }
            } else if (value.getClass().isArray()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    entities.write(gen, Array.get(value, i));
                }
            } else {
                entities.write(gen, value);
            }
            gen.writeEndArray();
        }
        return out.toByteArray();
    }

    byte[] write(JsonNode tree) {
        return mapper.writeValueAsBytes(tree);
    }
}
