package org.msbiome.io.internal;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A type written as another type's JSON, most often as text: {@code NcbiTaxonId} as {@code "853"}-like
 * strings, {@code LocalDate} as {@code "2026-01-31"}. The conversion from the wire value is the type's
 * own factory (such as {@code parse}); what it rejects becomes an {@code invalid-value} problem with its
 * message.
 */
final class MappedCodec<T, W> implements Codec<T> {
    private final Class<T> type;
    private final Codec<W> wire;
    private final Function<W, T> from;
    private final Function<T, W> to;
    private final @Nullable String pattern;
    private final @Nullable String description;
    /**
     * Whether the factory takes every wire value that {@code to} gives (such as {@code Period.parse} every
     * {@code Period.toString()}, {@code BuiltInCodecsTest}); the writer then need not run it on each value.
     */
    private final boolean takesEveryWritten;

    MappedCodec(Class<T> type, Codec<W> wire, Function<W, T> from, Function<T, W> to,
            @Nullable String pattern, @Nullable String description) {
        this(type, wire, from, to, pattern, description, false);
    }

    MappedCodec(Class<T> type, Codec<W> wire, Function<W, T> from, Function<T, W> to,
            @Nullable String pattern, @Nullable String description, boolean takesEveryWritten) {
        this.type = type;
        this.wire = wire;
        this.from = from;
        this.to = to;
        this.pattern = pattern;
        this.description = description;
        this.takesEveryWritten = takesEveryWritten;
    }

    /** Whether the factory takes every wire value the codec writes, so that the writer need not run it. */
    boolean takesEveryWritten() {
        return takesEveryWritten;
    }

    /** The codec of the wire value. */
    Codec<W> wire() {
        return wire;
    }

    @Override
    public Class<?> javaType() {
        return type;
    }

    @Override
    public String expected() {
        return wire.expected() + " (" + (description != null ? description : type.getSimpleName()) + ")";
    }

    @Override
    public @Nullable T decode(JsonNode node, Pointer at, Problems problems) {
        W raw = wire.decode(node, at, problems);
        if (raw == null) {
            return null;
        }
        try {
            return Objects.requireNonNull(from.apply(raw), "factory result");
        } catch (RuntimeException e) {
            problems.add(at, ProblemCode.INVALID_VALUE, messageOf(e, raw));
            return null;
        }
    }

    @Override
    public T read(FastRead in) {
        W raw = wire.read(in);
        try {
            return FastRead.decoded(from.apply(raw));
        } catch (FastRead.GiveUp e) {
            throw e;
        } catch (RuntimeException e) {
            return FastRead.giveUp();
        }
    }

    private String messageOf(RuntimeException e, W raw) {
        String message = e.getMessage();
        String what = description != null ? description : type.getSimpleName();
        if (message == null || message.isBlank()) {
            return JsonText.quote(String.valueOf(raw)) + " is not " + what;
        }
        if (e instanceof java.time.DateTimeException) {
            return JsonText.quote(String.valueOf(raw)) + " is not " + what + " (" + message + ")";
        }
        return message;
    }

    @Override
    public void encode(T value, JsonGenerator generator) {
        W raw = to.apply(value);
        if (!takesEveryWritten && WriteChecks.checking(generator)) {
            // What the reader does with the wire value: the factory must take it.
            try {
                Objects.requireNonNull(from.apply(raw), "factory result");
            } catch (RuntimeException e) {
                WriteChecks.doubt(generator);
            }
        }
        wire.encode(raw, generator);
    }

    @Override
    public JsonNode schema(SchemaContext context) {
        JsonNode base = wire.schema(context);
        if (base instanceof ObjectNode object && !object.has("$ref")) {
            ObjectNode copy = object.deepCopy();
            if (pattern != null) {
                copy.put("pattern", pattern);
            }
            if (description != null) {
                copy.put("description", description);
            }
            return copy;
        }
        return base;
    }
}
