package org.msbiome.io.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How one Java type is written to and read from JSON, and what its JSON Schema is: the single source
 * of truth for the msbiome wire format of that type.
 *
 * <p>Reading never throws for bad input: {@link #decode} adds every problem it finds to the collector
 * and returns {@code null} when it found any in the value, so that all problems of a document are found
 * in one pass and no partly valid value is ever built.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {

    /** The Java type, for messages. */
    Class<?> javaType();

    /** What a value looks like in JSON, for messages: {@code "a string"}, {@code "an object (strain)"}. */
    String expected();

    /**
     * Reads a value from a non-null, non-JSON-null node.
     *
     * @return the value, or {@code null} when the node had a problem (added to {@code problems})
     */
    @Nullable T decode(JsonNode node, Pointer at, Problems problems);

    /**
     * Reads a value from the parser's current token, on the fast path of a document without problems
     * ({@link FastRead}): the value, or it gives up ({@link FastRead.GiveUp}) at the first doubt. By default,
     * through {@link #decode} of the value's tree.
     */
    default T read(FastRead in) {
        return in.decode(this);
    }

    /** Writes the value. */
    void encode(T value, JsonGenerator generator);

    /** The JSON Schema of the value: inline, or a {@code $ref} into the context's {@code $defs}. */
    JsonNode schema(SchemaContext context);

    /** The JSON type of a node in words, for messages. */
    static String jsonTypeOf(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        } else if (node.isNull()) {
            return "null";
        }
        return "an unsupported value";
    }

    /** Adds a wrong-type problem and returns null. */
    static <T> @Nullable T wrongType(Codec<?> codec, JsonNode node, Pointer at, Problems problems) {
        problems.add(at, org.msbiome.io.ProblemCode.WRONG_TYPE,
                "expected " + codec.expected() + ", found " + jsonTypeOf(node));
        return null;
    }
}
