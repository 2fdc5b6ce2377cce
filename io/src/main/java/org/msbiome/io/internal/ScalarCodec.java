package org.msbiome.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A JSON scalar (string, number, boolean) read and written without conversion. */
final class ScalarCodec<T> implements Codec<T> {
    private final Class<T> type;
    private final String expected;
    private final Predicate<JsonNode> accepts;
    private final Function<JsonNode, @Nullable T> read;
    private final @Nullable Function<T, @Nullable String> check;
    private final BiConsumer<T, JsonGenerator> write;
    private final Function<SchemaContext, ObjectNode> schema;

    private ScalarCodec(
            Class<T> type,
            String expected,
            Predicate<JsonNode> accepts,
            Function<JsonNode, @Nullable T> read,
            @Nullable Function<T, @Nullable String> check,
            BiConsumer<T, JsonGenerator> write,
            Function<SchemaContext, ObjectNode> schema) {
        this.type = type;
        this.expected = expected;
        this.accepts = accepts;
        this.read = read;
        this.check = check;
        this.write = write;
        this.schema = schema;
    }

    static final ScalarCodec<String> STRING = new ScalarCodec<>(String.class, "a string", JsonNode::isString,
            JsonNode::stringValue, null, (v, g) -> g.writeString(v), c -> c.object().put("type", "string"));

    static final ScalarCodec<Boolean> BOOLEAN = new ScalarCodec<>(Boolean.class, "a boolean (true or false)",
            JsonNode::isBoolean, JsonNode::booleanValue, null, (v, g) -> g.writeBoolean(v),
            c -> c.object().put("type", "boolean"));

    static final ScalarCodec<Integer> INT = new ScalarCodec<>(Integer.class, "an integer",
            n -> n.isIntegralNumber(), n -> n.canConvertToInt() ? n.intValue() : null,
            null, (v, g) -> g.writeNumber(v), c -> c.object().put("type", "integer")
                    .put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE));

    static final ScalarCodec<Long> LONG = new ScalarCodec<>(Long.class, "an integer",
            n -> n.isIntegralNumber(), n -> n.canConvertToLong() ? n.longValue() : null,
            null, (v, g) -> g.writeNumber(v), c -> c.object().put("type", "integer")
                    .put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE));

    static final ScalarCodec<BigInteger> BIG_INTEGER = new ScalarCodec<>(BigInteger.class, "an integer",
            n -> n.isIntegralNumber(), JsonNode::bigIntegerValue, null, (v, g) -> g.writeNumber(v),
            c -> c.object().put("type", "integer"));

    static final ScalarCodec<Double> DOUBLE = new ScalarCodec<>(Double.class, "a number", JsonNode::isNumber,
            n -> {
                // Through BigDecimal: a number beyond the double range (1e400) is refused rather than thrown
                // about or made infinite, and one too small (1e-400) rather than made zero.
                BigDecimal exact = n.decimalValue();
                double d = exact.doubleValue();
                return Double.isFinite(d) && (d != 0 || exact.signum() == 0) ? d : null;
            },
            null, (v, g) -> {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("cannot write " + v + " as JSON; JSON numbers are finite");
                }
                g.writeNumber(v);
            }, c -> c.object().put("type", "number"));

    static final ScalarCodec<BigDecimal> BIG_DECIMAL = new ScalarCodec<>(BigDecimal.class, "a number",
            JsonNode::isNumber, JsonNode::decimalValue, null, (v, g) -> g.writeNumber(v),
            c -> c.object().put("type", "number"));

    @Override
    public Class<?> javaType() {
        return type;
    }

    @Override
    public String expected() {
        return expected;
    }

    @Override
    public @Nullable T decode(JsonNode node, Pointer at, Problems problems) {
        if (!accepts.test(node)) {
            return Codec.wrongType(this, node, at, problems);
        }
        T value = read.apply(node);
        if (value == null) {
            problems.add(at, ProblemCode.INVALID_VALUE, "number " + node + " is out of range for " + expected);
            return null;
        }
        if (check != null) {
            String error = check.apply(value);
            if (error != null) {
                problems.add(at, ProblemCode.INVALID_VALUE, error);
                return null;
            }
        }
        return value;
    }

    @Override
    public void encode(T value, JsonGenerator generator) {
        write.accept(value, generator);
    }

    @Override
    public ObjectNode schema(SchemaContext context) {
        return schema.apply(context);
    }
}
