package org.msbiome.io.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
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
            JsonNode tree = context.readTree(parser);
            Problems problems = new Problems();
            T value = tree.isNull() ? null : codec.decode(tree, Pointer.ROOT, problems);
            if (!problems.isEmpty() || value == null) {
                StringBuilder message = new StringBuilder("cannot read ").append(type.getSimpleName()).append(": ");
                if (problems.isEmpty()) {
                    message.append("null is not allowed");
                }
                problems.toList().forEach(p -> message.append("\n  ").append(p));
                return context.reportInputMismatch(this, "%s", message);
            }
            return value;
        }
    }
}
