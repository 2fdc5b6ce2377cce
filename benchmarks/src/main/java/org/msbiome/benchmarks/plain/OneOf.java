package org.msbiome.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value that the JSON gives either as a string (a well-known code or name, like {@code "edss"} or
 * {@code "IL-10"}) or as an object: what a plain databind user writes for such a property.
 */
public sealed interface OneOf permits OneOf.Named, OneOf.Described {

    /** The string form. @param name the code or name */
    record Named(@JsonValue String name) implements OneOf {}

    /**
     * The object form: the union of the properties of the object variants, in wire order.
     *
     * @param type the type name
     * @param name a marker's name
     * @param title a custom measure's title
     * @param description a custom measure's description
     * @param marker a marker measure's marker
     * @param kind an unlisted marker's kind
     * @param specimen a marker measure's specimen
     * @param unit the unit
     */
    record Described(String type, @Nullable String name, @Nullable String title, @Nullable String description,
            @JsonDeserialize(using = Reader.class) @Nullable OneOf marker, @Nullable String kind,
            @Nullable String specimen, @Nullable String unit) implements OneOf {}

    /** Reads a string as {@link Named}, an object as {@link Described}. */
    final class Reader extends ValueDeserializer<OneOf> {
        /** The deserializer. */
        public Reader() {}

        @Override
        public OneOf deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return new Named(parser.getString());
            }
            return context.readValue(parser, Described.class);
        }
    }
}
