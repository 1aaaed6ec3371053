package org.casillero.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.casillero.shared.SensitiveText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a request's scalars are read, as real clients send them rather than as the examples show
 * them. Clients built on form fields and stored options (the WordPress plugin among them) send
 * almost every number as a JSON string, so:
 *
 * <ul>
 *   <li>a number is a JSON number or a string holding exactly one ({@code "396"}, {@code "300.5"}); not
 *       {@code " 396 "}, not {@code "+396"}, and a whole number never has a fraction ({@code 3.5},
 *       {@code "3.0"});
 *   <li>a boolean is {@code true}/{@code false} or the strings {@code "true"}/{@code "false"};
 *   <li>a text is a string, or a whole JSON number taken as written ({@code "zip_code": 20800}); a
 *       {@link SensitiveText} (a card number, a security code) is read the same way, straight into a
 *       value that never prints;
 *   <li>{@code ""} reads as {@code null}: a field sent blank is a field not sent, whatever its type.
 * </ul>
 *
 * <p>Anything else is a {@link WrongScalar}, which the binding turns into a business error naming the field.
 */
final class WireScalars {
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,30}");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

    static final String NOT_WHOLE = "must be a whole number";
    static final String NOT_DECIMAL = "must be a number";
    static final String NOT_BOOLEAN = "must be true or false";
    static final String NOT_TEXT = "must be text";
    static final String TOO_LARGE = "is out of range";

    private WireScalars() {
        throw new AssertionError();
    }

    static SimpleModule module() {
        return new SimpleModule("wire-scalars")
                .addDeserializer(String.class, new TextReader())
                .addDeserializer(
                        Integer.class,
                        new WholeReader<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, BigInteger::intValue))
                .addDeserializer(
                        Long.class,
                        new WholeReader<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, BigInteger::longValue))
                .addDeserializer(BigDecimal.class, new DecimalReader())
                .addDeserializer(Boolean.class, new BooleanReader())
                .addDeserializer(SensitiveText.class, new SensitiveReader());
    }

    /** A scalar that is not of the field's kind; {@link #problem()} is the wire's text for it. */
    static final class WrongScalar extends MismatchedInputException {
        private final String problem;

        WrongScalar(JsonParser parser, Class<?> type, String problem) {
            super(parser, problem, type);
            this.problem = problem;
        }

        String problem() {
            return problem;
        }
    }

    /**
     * A string token read as the field's kind: null when blank, else the text when it matches
     * {@code form}, else a {@link WrongScalar}.
     */
    private static @Nullable String stringOf(JsonParser p, Class<?> type, Pattern form, String problem) {
        String text = p.getString();
        if (text.isEmpty()) {
            return null;
        }
        if (!form.matcher(text).matches()) {
            throw new WrongScalar(p, type, problem);
        }
        return text;
    }

    private static final class TextReader extends StdScalarDeserializer<String> {
        TextReader() {
            super(String.class);
        }

        @Override
        public @Nullable String deserialize(JsonParser p, DeserializationContext context) {
            return switch (p.currentToken()) {
                case VALUE_STRING -> p.getString().isEmpty() ? null : p.getString();
                case VALUE_NUMBER_INT -> p.getString();
                default -> throw new WrongScalar(p, String.class, NOT_TEXT);
            };
        }
    }

    /** Text as {@link TextReader} reads it, kept only in a {@link SensitiveText}. */
    private static final class SensitiveReader extends StdScalarDeserializer<SensitiveText> {
        SensitiveReader() {
            super(SensitiveText.class);
        }

        @Override
        public @Nullable SensitiveText deserialize(JsonParser p, DeserializationContext context) {
            return switch (p.currentToken()) {
                case VALUE_STRING ->
                    p.getString().isEmpty()
                            ? null
                            : new SensitiveText(p.getString().toCharArray());
                case VALUE_NUMBER_INT -> new SensitiveText(p.getString().toCharArray());
                default -> throw new WrongScalar(p, SensitiveText.class, NOT_TEXT);
            };
        }
    }

    private static final class WholeReader<T extends Number> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final BigInteger min;
        private final BigInteger max;
        private final Function<BigInteger, T> convert;

        WholeReader(Class<T> type, long min, long max, Function<BigInteger, T> convert) {
            super(type);
            this.type = type;
            this.min = BigInteger.valueOf(min);
            this.max = BigInteger.valueOf(max);
            this.convert = convert;
        }

        @Override
        public @Nullable T deserialize(JsonParser p, DeserializationContext context) {
            BigInteger value;
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                value = p.getBigIntegerValue();
            } else if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = stringOf(p, type, WHOLE, NOT_WHOLE);
                if (text == null) {
                    return null;
                }
                value = new BigInteger(text);
            } else {
                throw new WrongScalar(p, type, NOT_WHOLE);
            }
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new WrongScalar(p, type, TOO_LARGE);
            }
            return convert.apply(value);
        }
    }

    /**
     * Amounts, weights and lengths: a JSON number, or a string holding one ({@code "300.5"}), within
     * {@link BoundedDecimals}' bounds ({@code 1e999999999} would cost the server its memory to round).
     */
    private static final class DecimalReader extends StdScalarDeserializer<BigDecimal> {
        DecimalReader() {
            super(BigDecimal.class);
        }

        @Override
        public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext context) {
            return switch (p.currentToken()) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> bounded(p, p.getDecimalValue());
                case VALUE_STRING -> {
                    String text = stringOf(p, BigDecimal.class, DECIMAL, NOT_DECIMAL);
                    yield text == null ? null : new BigDecimal(text);
                }
                default -> throw new WrongScalar(p, BigDecimal.class, NOT_DECIMAL);
            };
        }
    }

    private static BigDecimal bounded(JsonParser p, BigDecimal value) {
        if (!BoundedDecimals.reasonable(value)) {
            throw new WrongScalar(p, BigDecimal.class, TOO_LARGE);
        }
        return value;
    }

    private static final class BooleanReader extends StdScalarDeserializer<Boolean> {
        BooleanReader() {
            super(Boolean.class);
        }

        @Override
        public @Nullable Boolean deserialize(JsonParser p, DeserializationContext context) {
            return switch (p.currentToken()) {
                case VALUE_TRUE -> true;
                case VALUE_FALSE -> false;
                case VALUE_STRING -> {
                    String text = stringOf(p, Boolean.class, BOOLEAN, NOT_BOOLEAN);
                    yield text == null ? null : Boolean.valueOf(text);
                }
                default -> throw new WrongScalar(p, Boolean.class, NOT_BOOLEAN);
            };
        }
    }
}
