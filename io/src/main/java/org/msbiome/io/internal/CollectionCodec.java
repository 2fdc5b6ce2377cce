package org.msbiome.io.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code List} (in its order) or a {@code Set} (sorted, so that equal sets give identical JSON: enums
 * by code, everything else by its compact JSON text) written as a JSON array. A set whose JSON has the
 * same element twice is refused.
 */
final class CollectionCodec<E> implements Codec<Collection<E>> {
    private static final JsonFactory SORT_KEYS = JsonFactory.builder().build();

    private final Codec<E> element;
    private final boolean set;

    CollectionCodec(Codec<E> element, boolean set) {
        this.element = element;
        this.set = set;
    }

    Codec<E> element() {
        return element;
    }

    boolean isSet() {
        return set;
    }

    @Override
    public Class<?> javaType() {
        return set ? Set.class : List.class;
    }

    @Override
    public String expected() {
        return "an array";
    }

    @Override
    public @Nullable Collection<E> decode(JsonNode node, Pointer at, Problems problems) {
        if (!node.isArray()) {
            return Codec.wrongType(this, node, at, problems);
        }
        List<E> values = new ArrayList<>(node.size());
        Set<E> seen = set ? new HashSet<>() : Set.of();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            Pointer here = at.index(i);
            if (item.isNull()) {
                problems.add(here, ProblemCode.NULL_VALUE, "null is not allowed in an array; leave the element out");
                ok = false;
                continue;
            }
            E value = element.decode(item, here, problems);
            if (value == null) {
                ok = false;
            } else if (set && !seen.add(value)) {
                problems.add(here, ProblemCode.INVALID_VALUE, "this set has the same element twice");
                ok = false;
            } else {
                values.add(value);
            }
        }
        if (!ok) {
            return null;
        }
        return set ? Set.copyOf(values) : List.copyOf(values);
    }

    @Override
    public Collection<E> read(FastRead in) {
        if (in.parser().currentToken() != JsonToken.START_ARRAY) {
            return FastRead.giveUp();
        }
        in.count();
        List<E> values = new ArrayList<>();
        Set<E> seen = set ? new HashSet<>() : Set.of();
        JsonToken t;
        while ((t = in.next()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_NULL) {
                return FastRead.giveUp();
            }
            E value = element.read(in);
            if (set && !seen.add(value)) {
                return FastRead.giveUp();
            }
            values.add(value);
        }
        return set ? Set.copyOf(values) : List.copyOf(values);
    }

    @Override
    public void encode(Collection<E> value, JsonGenerator generator) {
        generator.writeStartArray();
        // A set of at most one element is in order already, and holds no two elements of the same JSON.
        for (E e : set && value.size() > 1 ? sorted(value, generator) : value) {
            element.encode(e, generator);
        }
        generator.writeEndArray();
    }

    private List<E> sorted(Collection<E> values, JsonGenerator generator) {
        List<E> out = new ArrayList<>(values);
        if (element instanceof EnumCodec<?> enums) {
            out.sort(Comparator.comparing(enums::codeOfAny));
            return out;
        }
        Map<E, String> keys = new HashMap<>();
        for (E e : out) {
            keys.put(e, sortKey(e));
        }
        out.sort(Comparator.comparing(keys::get));
        if (WriteChecks.checking(generator)) {
            // Two elements of the same JSON are one element twice to the reader.
            for (int i = 1; i < out.size(); i++) {
                if (keys.get(out.get(i)).equals(keys.get(out.get(i - 1)))) {
                    WriteChecks.doubt(generator);
                }
            }
        }
        return out;
    }

    private String sortKey(E value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = SORT_KEYS.createGenerator(ObjectWriteContext.empty(), text)) {
            element.encode(value, g);
        }
        return text.toString();
    }

    /** The position of {@code value} among the array's elements, by decoding them; -1 if not found. */
    int indexIn(JsonNode array, Object value) {
        for (int i = 0; i < array.size(); i++) {
            E decoded = element.decode(array.get(i), Pointer.ROOT, new Problems());
            if (value.equals(decoded)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public JsonNode schema(SchemaContext context) {
        ObjectNode schema = context.object().put("type", "array");
        schema.set("items", element.schema(context));
        if (set) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }
}
