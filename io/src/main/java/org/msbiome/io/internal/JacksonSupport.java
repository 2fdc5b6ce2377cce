package org.msbiome.io.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import org.msbiome.io.Problem;
import org.msbiome.io.ReadLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Registers a serializer and a deserializer for every bound type with a Jackson mapper. Both delegate to
 * the type's {@link Codec}, so a plain Jackson mapper writes exactly the msbiome format.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class JacksonSupport {
    /** Builds the trees of values read through the module, with the reader's default limits. */
    private static final TreeReader TREES = new TreeReader(ReadLimits.defaults());

    private JacksonSupport() {}

    /** Adds the (de)serializers of all bound types to a module's setup context. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void setUp(JacksonModule.SetupContext context, Bindings bindings) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Map.Entry<Class<?>, Codec<?>> e : bindings.codecs().entrySet()) {
            Class raw = e.getKey();
            serializers.addSerializer(raw, new CodecSerializer(raw, e.getValue()));
            deserializers.addDeserializer(raw, new CodecDeserializer(raw, e.getValue()));
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    /** Writes a value with its codec. */
    static final class CodecSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final Codec<T> codec;

        CodecSerializer(Class<T> type, Codec<T> codec) {
            this.type = type;
            this.codec = codec;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            codec.encode(value, generator);
        }
    }

    /**
     * Reads a value with its codec. All problems of the value are collected and reported in one
     * {@code MismatchedInputException}. (Bean Validation is not run here; {@code MsbiomeReader} runs it.)
     */
    static final class CodecDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Codec<T> codec;

        CodecDeserializer(Class<T> type, Codec<T> codec) {
            this.type = type;
            this.codec = codec;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public @Nullable T deserialize(JsonParser parser, DeserializationContext context) {
            // The value's pointer in the caller's document, and the tree built here, not by the caller's
            // mapper: its settings (floats as doubles, by default) must not change an exact amount.
            String base = pointerOf(parser);
            Problems problems = new Problems();
            JsonNode tree = TREES.readCurrent(parser, problems);
            T value = tree == null || tree.isNull() ? null : codec.decode(tree, Pointer.ROOT, problems);
            if (!problems.isEmpty() || value == null) {
                StringBuilder message = new StringBuilder("cannot read ").append(type.getSimpleName()).append(": ");
                if (problems.isEmpty()) {
                    message.append("null is not allowed at ").append(base.isEmpty() ? "(document)" : base);
                }
                problems.toList().forEach(p -> message.append("\n  ")
                        .append(new Problem(base + p.pointer(), p.code(), p.message(), p.location())));
                throw new ValueProblems(parser, type, message.toString());
            }
            return value;
        }

        /** The pointer of the value at the parser's current token, in the whole document. */
        private static String pointerOf(JsonParser parser) {
            TokenStreamContext context = parser.streamReadContext();
            JsonToken token = parser.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
                // The container's own context names nothing yet; its parent names the container.
                context = context.getParent();
            }
            return context.pathAsPointer().toString();
        }
    }

    /**
     * The problems of a value read through the module: a {@code MismatchedInputException} whose message is
     * the problems alone, with their pointers into the caller's document (not Jackson's source excerpt and
     * reference chain, which name the input as {@code REDACTED} and the path as {@code #UNKNOWN}).
     */
    static final class ValueProblems extends MismatchedInputException {
        private static final long serialVersionUID = 1L;
        private final String text;

        ValueProblems(JsonParser parser, Class<?> type, String text) {
            super(parser, text, type);
            this.text = text;
        }

        @Override
        public String getMessage() {
            return text;
        }
    }
}
