package org.msbiome.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadLimits;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code Map} (or {@code SortedMap}, {@code NavigableMap}) written as a JSON object whose property names
 * are the keys' text: an enum key as its code, a {@code BigDecimal} key as its plain decimal text
 * ({@code "0.5"}), a {@code String} key as itself. Entries are written in key order (enums in declaration
 * order, numbers ascending, strings lexicographically), so equal maps give identical JSON. Two property
 * names that are the same key ({@code "1"} and {@code "1.0"}) are refused.
 */
final class MapCodec<K, V> implements Codec<Map<K, V>> {
    /** A plain decimal number, as a property name. */
    static final int MAX_KEY_NUMBER_LENGTH = ReadLimits.defaults().maxNumberLength();

    static final String DECIMAL_PATTERN = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$";

    private final Key<K> key;
    private final Codec<V> value;
    private final boolean sorted;

    /** How keys are written as property names. */
    record Key<K>(String expected, Function<String, @Nullable K> parse, Function<K, String> format,
            Comparator<K> order, Function<SchemaContext, ObjectNode> schema) {}

    MapCodec(Key<K> key, Codec<V> value, boolean sorted) {
        this.key = key;
        this.value = value;
        this.sorted = sorted;
    }

    /** The codec of the values. */
    Codec<V> valueCodec() {
        return value;
    }

    /** The key form of a bound key codec, or null if maps cannot have such keys. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static @Nullable Key<?> keyOf(Codec<?> codec) {
        if (codec instanceof EnumCodec<?> enums) {
            EnumCodec e = enums;
            Map<String, Object> byCode = new LinkedHashMap<>();
            for (Object constant : e.javaType().getEnumConstants()) {
                byCode.put(enums.codeOfAny(constant), constant);
            }
            return new Key<Object>("a code of " + codec.javaType().getSimpleName(), byCode::get, enums::codeOfAny,
                    Comparator.comparing(c -> ((Enum<?>) c).ordinal()),
                    c -> {
                        ObjectNode names = c.object();
                        ArrayNode values = names.putArray("enum");
                        byCode.keySet().forEach(values::add);
                        return names;
                    });
        }
        if (codec == ScalarCodec.BIG_DECIMAL) {
            Pattern decimal = Pattern.compile(DECIMAL_PATTERN);
            return new Key<BigDecimal>("a decimal number, like 0.5",
                    // A key is a number too: it gets the number length limit of the default ReadLimits
                    // before BigDecimal, whose parsing and normalising are quadratic in the digits.
                    s -> s.length() <= MAX_KEY_NUMBER_LENGTH && decimal.matcher(s).matches() ? new BigDecimal(s) : null,
                    BigDecimal::toPlainString,
                    Comparator.naturalOrder(), c -> c.object().put("pattern", DECIMAL_PATTERN));
        }
        if (codec == ScalarCodec.STRING) {
            return new Key<String>("a string", s -> s, s -> s, Comparator.naturalOrder(), c -> c.object());
        }
        return null;
    }

    @Override
    public Class<?> javaType() {
        return Map.class;
    }

    @Override
    public String expected() {
        return "an object (property names: " + key.expected() + ")";
    }

    @Override
    public @Nullable Map<K, V> decode(JsonNode node, Pointer at, Problems problems) {
        if (!node.isObject()) {
            return Codec.wrongType(this, node, at, problems);
        }
        Map<K, V> out = sorted ? new TreeMap<>(key.order()) : new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Pointer here = at.property(entry.getKey());
            K k = key.parse().apply(entry.getKey());
            if (k == null) {
                problems.add(here, ProblemCode.INVALID_VALUE, "property name " + JsonText.quote(entry.getKey())
                        + " is not " + key.expected());
                ok = false;
                continue;
            }
            if (entry.getValue().isNull()) {
                problems.add(here, ProblemCode.NULL_VALUE, "null is not allowed; leave the entry out");
                ok = false;
                continue;
            }
            V v = value.decode(entry.getValue(), here, problems);
            if (v == null) {
                ok = false;
            } else if (out.containsKey(k)) {
                problems.add(here, ProblemCode.INVALID_VALUE, "property name " + JsonText.quote(entry.getKey())
                        + " is the same key as another property of this object ("
                        + JsonText.quote(key.format().apply(k)) + ")");
                ok = false;
            } else {
                out.put(k, v);
            }
        }
        if (!ok) {
            return null;
        }
        // a TreeMap for SortedMap and NavigableMap components
        return sorted ? Collections.unmodifiableNavigableMap((TreeMap<K, V>) out) : Collections.unmodifiableMap(out);
    }

    @Override
    public void encode(Map<K, V> map, JsonGenerator generator) {
        List<K> keys = new ArrayList<>(map.keySet());
        keys.sort(key.order());
        boolean checking = WriteChecks.checking(generator);
        generator.writeStartObject(map);
        for (int i = 0; i < keys.size(); i++) {
            K k = keys.get(i);
            String name = key.format().apply(k);
            // What the reader refuses: a name that is not a key, and two names of the same key (or the same name).
            if (checking && (key.parse().apply(name) == null
                    || i > 0 && key.order().compare(keys.get(i - 1), k) == 0)) {
                WriteChecks.doubt(generator);
            }
            generator.writeName(name);
            value.encode(map.get(k), generator);
        }
        generator.writeEndObject();
    }

    @Override
    public JsonNode schema(SchemaContext context) {
        ObjectNode schema = context.object().put("type", "object");
        ObjectNode names = key.schema().apply(context);
        if (!names.isEmpty()) {
            schema.set("propertyNames", names);
        }
        schema.set("additionalProperties", value.schema(context));
        return schema;
    }
}
