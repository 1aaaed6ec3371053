package org.casillero.shared.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes answer records straight to the wire, without a JSON tree: each record is an entity, its
 * components under their wire names in ordinal alphabetical order, with {@code _verify: true} and
 * the empty {@code error} in their places among them. Each record type's plan (names, order,
 * accessors; an {@code @JsonUnwrapped} component's own components merged in) is made once. Scalars
 * are written as the wire writes them everywhere: amounts without trailing zeros, dates as {@code
 * /Date(...)/}.
 */
final class EntityWriter {
    static final String VERIFY = "_verify";
    static final String ERROR = "error";

    private final WcfDates dates;
    private final Function<Object, Object> fallback;
    private final ClassValue<List<Slot>> plans = new ClassValue<>() {
        @Override
        protected List<Slot> computeValue(Class<?> type) {
            return plan(type);
        }
    };

    /** @param fallback turns a value of a type this writer does not know into one it does (a tree, a map) */
    EntityWriter(WcfDates dates, Function<Object, Object> fallback) {
        this.dates = dates;
        this.fallback = fallback;
    }

    /** One place in an entity: a component (read by its accessors from the outer record down), or the envelope's own. */
    private record Slot(String name, @Nullable Function<Object, @Nullable Object> reader) {
        boolean envelope() {
            return reader == null;
        }
    }

    void write(JsonGenerator gen, @Nullable Object value) {
        switch (value) {
            case null -> gen.writeNull();
            case String text -> gen.writeString(text);
            case Boolean flag -> gen.writeBoolean(flag);
            case Integer number -> gen.writeNumber(number);
            case Long number -> gen.writeNumber(number);
            case Short number -> gen.writeNumber(number);
            case Byte number -> gen.writeNumber(number);
            case BigInteger number -> gen.writeNumber(number);
            case BigDecimal number ->
                gen.writeNumber(number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros());
            case Double number -> gen.writeNumber(number);
            case Float number -> gen.writeNumber(number);
            case Instant instant -> gen.writeString(dates.format(instant));
            case LocalDate date -> gen.writeString(dates.format(date));
            case Enum<?> constant -> gen.writeString(constant.name());
            case Collection<?> items -> {
                gen.writeStartArray();
                for (Object item : items) {
                    write(gen, item);
                }
                gen.writeEndArray();
            }
            case Map<?, ?> map -> writeMap(gen, map);
            case JsonNode node -> writeNode(gen, node);
            case Record entity -> writeEntity(gen, entity);
            default -> {
                if (value.getClass().isArray()) {
                    gen.writeStartArray();
                    for (int i = 0; i < Array.getLength(value); i++) {
                        write(gen, Array.get(value, i));
                    }
                    gen.writeEndArray();
                } else {
                    write(gen, fallback.apply(value));
                }
            }
        }
    }

    private void writeEntity(JsonGenerator gen, Record entity) {
        gen.writeStartObject();
        for (Slot slot : plans.get(entity.getClass())) {
            gen.writeName(slot.name());
            if (slot.envelope()) {
                writeEnvelopePart(gen, slot.name());
            } else {
                write(gen, slot.reader().apply(entity));
            }
        }
        gen.writeEndObject();
    }

    /** A map is an entity too, its keys in order. */
    private void writeMap(JsonGenerator gen, Map<?, ?> map) {
        Map<String, @Nullable Object> ordered = new TreeMap<>();
        map.forEach((key, value) -> ordered.put(String.valueOf(key), value));
        ordered.remove(VERIFY);
        ordered.remove(ERROR);
        ordered.put(VERIFY, Boolean.TRUE);
        ordered.put(ERROR, null);
        gen.writeStartObject();
        for (Map.Entry<String, @Nullable Object> entry : ordered.entrySet()) {
            gen.writeName(entry.getKey());
            if (entry.getKey().equals(VERIFY) || entry.getKey().equals(ERROR)) {
                writeEnvelopePart(gen, entry.getKey());
            } else {
                write(gen, entry.getValue());
            }
        }
        gen.writeEndObject();
    }

    /** A tree (from the fallback): its objects are entities too, their names in order. */
    private void writeNode(JsonGenerator gen, JsonNode node) {
        if (node.isObject()) {
            Map<String, @Nullable Object> properties = new TreeMap<>();
            node.properties().forEach(property -> properties.put(property.getKey(), property.getValue()));
            writeMap(gen, properties);
        } else if (node.isArray()) {
            gen.writeStartArray();
            node.forEach(item -> writeNode(gen, item));
            gen.writeEndArray();
        } else {
            gen.writeTree(node);
        }
    }

    private static void writeEnvelopePart(JsonGenerator gen, String name) {
        if (name.equals(VERIFY)) {
            gen.writeBoolean(true);
        } else {
            gen.writeStartObject();
            gen.writeStringProperty("error_description", "");
            gen.writeStringProperty("error_location", "");
            gen.writeBooleanProperty("system_error", false);
            gen.writeEndObject();
        }
    }

    /** The slots of a record type in wire order: its components (unwrapped ones merged) and the envelope's two. */
    private static List<Slot> plan(Class<?> type) {
        List<Slot> slots = new ArrayList<>();
        collect(type, null, slots);
        slots.removeIf(slot -> slot.name().equals(VERIFY) || slot.name().equals(ERROR));
        slots.add(new Slot(VERIFY, null));
        slots.add(new Slot(ERROR, null));
        slots.sort(Comparator.comparing(Slot::name));
        return List.copyOf(slots);
    }

    /** @param outer reads the record of {@code type} from the entity (null: the entity is one) */
    private static void collect(Class<?> type, @Nullable Function<Object, @Nullable Object> outer, List<Slot> slots) {
        for (RecordComponent component : type.getRecordComponents()) {
            Function<Object, @Nullable Object> own = accessor(component);
            Function<Object, @Nullable Object> path = outer == null
                    ? own
                    : entity -> {
                        Object holder = outer.apply(entity);
                        return holder == null ? null : own.apply(holder);
                    };
            // Jackson's annotations on a component land on its accessor (and field), not on the component.
            Method accessor = component.getAccessor();
            if (accessor.isAnnotationPresent(JsonUnwrapped.class)
                    && component.getType().isRecord()) {
                collect(component.getType(), path, slots);
                continue;
            }
            JsonProperty renamed = accessor.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty()
                    ? renamed.value()
                    : WireNaming.toWire(component.getName());
            slots.add(new Slot(name, path));
        }
    }

    /**
     * The component's accessor as a function made by the JDK's lambda factory: a plain call the JIT
     * inlines, not a method handle invoked through the generic path on every read.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, @Nullable Object> accessor(RecordComponent component) {
        try {
            Class<?> record = component.getDeclaringRecord();
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(record, MethodHandles.lookup());
            MethodHandle getter = lookup.unreflect(component.getAccessor());
            Class<?> type = component.getType();
            Class<?> boxed =
                    type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
            return (Function<Object, @Nullable Object>) LambdaMetafactory.metafactory(
                            lookup,
                            "apply",
                            MethodType.methodType(Function.class),
                            MethodType.methodType(Object.class, Object.class),
                            getter,
                            MethodType.methodType(boxed, record))
                    .getTarget()
                    .invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
