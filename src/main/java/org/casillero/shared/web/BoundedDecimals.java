package org.casillero.shared.web;

import java.math.BigDecimal;
import org.casillero.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The decimals every JSON the server reads may hold: at most 20 significant digits, 20 decimals and an
 * exponent of 4. One such as {@code 1e-999999999} is a short number to the parser, yet whatever uses
 * it pays for its billion decimals (a rounding takes the memory, a database refuses it).
 */
final class BoundedDecimals {
    private BoundedDecimals() {
        throw new AssertionError();
    }

    static boolean reasonable(BigDecimal value) {
        return value.precision() <= 20 && value.scale() >= -4 && value.scale() <= 20;
    }

    /**
     * For Spring's own mapper (the warehouse API): a decimal past the bounds is an {@link InvalidField}
     * naming the field ("is out of range"), as one past the field's own bounds is.
     */
    static JacksonModule module() {
        return new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new Reader());
    }

    private static final class Reader extends StdScalarDeserializer<BigDecimal> {
        Reader() {
            super(BigDecimal.class);
        }

        @Override
        public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext context) {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, context);
            if (value != null && !reasonable(value)) {
                throw InvalidField.asSent(WireTree.path(p), WireScalars.TOO_LARGE);
            }
            return value;
        }
    }
}
