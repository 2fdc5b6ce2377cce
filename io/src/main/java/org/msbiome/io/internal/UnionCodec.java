package org.msbiome.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sealed interface whose variants are records: written as the variant's object, whose first property
 * {@code "type"} carries the variant's stable type name (never a Java class name).
 */
final class UnionCodec<T> implements ObjectCodec<T> {
    private final Class<T> type;
    private final String defName;
    private final Map<String, RecordCodec<?>> byName = new LinkedHashMap<>();
    /** The type names, for the fast read (made on first use, once the variants are known). */
    private volatile String @Nullable [] variantNames;
    private final Map<Class<?>, RecordCodec<?>> byClass = new LinkedHashMap<>();

    private final Bindings.@Nullable TextForm<T> textForm;
    private final Map<T, String> textOf = new HashMap<>();
    /**
     * Whether every value written as text is an enum constant. Such a constant equals only itself, so (equals
     * being symmetric) a value that is not an enum is none of them, and needs no look-up, which hashes the
     * whole record.
     */
    private final boolean enumTexts;
    /** The constraints of the classes of the values written as text (a look-up by class costs more). */
    private final Map<Class<?>, ConstraintPlan> textPlans = new ConcurrentHashMap<>();

    UnionCodec(Class<T> type, String defName, Bindings.@Nullable TextForm<T> textForm) {
        this.type = type;
        this.defName = defName;
        this.textForm = textForm;
        if (textForm != null) {
            textForm.byText().forEach((text, value) -> {
                if (textOf.put(value, text) != null) {
                    throw new IllegalArgumentException("two texts for the same value of " + type.getName() + ": " + text);
                }
            });
        }
        this.enumTexts = textOf.keySet().stream().allMatch(Enum.class::isInstance);
    }

    /** The text the value is written as, or null when it is written as an object. */
    private @Nullable String textOf(Object value) {
        return textOf.isEmpty() || enumTexts && !(value instanceof Enum<?>) ? null : textOf.get(value);
    }

    /** Whether the value is written as an object of a record variant. */
    boolean isWrittenAsObject(Object value) {
        return textOf(value) == null && byClass.containsKey(value.getClass());
    }

    void add(String name, RecordCodec<?> variant) {
        byName.put(name, variant);
        byClass.put(variant.javaType(), variant);
    }

    /** The codecs of the record variants. */
    java.util.Collection<RecordCodec<?>> variants() {
        return byName.values();
    }

    /** The codec of the value's variant. */
    @SuppressWarnings("unchecked")
    <V> RecordCodec<?> variantOf(V value) {
        RecordCodec<?> codec = byClass.get(value.getClass());
        if (codec == null) {
            throw new IllegalArgumentException(value.getClass().getName() + " is not a bound variant of " + type.getName());
        }
        return codec;
    }

    @Override
    public Class<?> javaType() {
        return type;
    }

    @Override
    public String expected() {
        String object = "an object (" + defName + ": type " + String.join(", ", byName.keySet()) + ")";
        return textForm == null ? object : object + " or a string (" + textForm.description() + ")";
    }

    @Override
    public List<String> propertyNames() {
        Set<String> names = new LinkedHashSet<>();
        byName.values().forEach(v -> names.addAll(v.propertyNames()));
        return new ArrayList<>(names);
    }

    @Override
    public @Nullable T decode(JsonNode node, Pointer at, Problems problems) {
        if (textForm != null && node.isString()) {
            T value = textForm.byText().get(node.stringValue());
            if (value != null) {
                problems.built(value, this, at, node);
            } else {
                problems.add(at, ProblemCode.UNKNOWN_CODE, JsonText.quote(node.stringValue()) + " is not "
                        + textForm.description() + "; expected one of: " + String.join(", ", textForm.byText().keySet())
                        + ", or an object with a type (" + String.join(", ", byName.keySet()) + ")");
            }
            return value;
        }
        if (!node.isObject()) {
            return Codec.wrongType(this, node, at, problems);
        }
        JsonNode tag = node.get(RecordCodec.TYPE_PROPERTY);
        Pointer here = at.property(RecordCodec.TYPE_PROPERTY);
        if (tag == null) {
            problems.add(here, ProblemCode.MISSING_PROPERTY, "missing property 'type'; expected one of: "
                    + String.join(", ", byName.keySet()));
            return null;
        }
        if (tag.isNull()) {
            problems.add(here, ProblemCode.NULL_VALUE, "null is not allowed; expected one of: "
                    + String.join(", ", byName.keySet()));
            return null;
        }
        if (!tag.isString()) {
            problems.add(here, ProblemCode.WRONG_TYPE, "expected a string (a type name of " + defName + "), found "
                    + Codec.jsonTypeOf(tag));
            return null;
        }
        RecordCodec<?> variant = byName.get(tag.stringValue());
        if (variant == null) {
            problems.add(here, ProblemCode.UNKNOWN_TYPE, JsonText.quote(tag.stringValue()) + " is not a type of "
                    + defName + "; expected one of: " + String.join(", ", byName.keySet()));
            return null;
        }
        return type.cast(variant.decode(node, at, problems));
    }

    @Override
    public T read(FastRead in) {
        if (in.parser().currentToken() != JsonToken.START_OBJECT) {
            return in.decode(this);
        }
        in.count();
        // The variant is known from the first property, "type", as msbiome writes it; else the full read.
        if (in.next() != JsonToken.PROPERTY_NAME || !RecordCodec.TYPE_PROPERTY.equals(in.parser().currentName())) {
            return FastRead.giveUp();
        }
        in.count();
        in.next();
        String[] names = variantNames;
        if (names == null) {
            names = byName.keySet().toArray(new String[0]);
            variantNames = names;
        }
        int index = in.textIndex(names);
        if (index < 0) {
            return FastRead.giveUp();
        }
        return type.cast(byName.get(names[index]).readMembers(in, true));
    }

    @Override
    public void encode(T value, JsonGenerator generator) {
        String text = textOf(value);
        if (text != null) {
            // The reader checks the constant it reads from the text; the variant's codec checks the others.
            WriteChecks.built(generator, value, textPlans.computeIfAbsent(value.getClass(), ConstraintPlan::of));
            generator.writeString(text);
            return;
        }
        generator.writeStartObject(value);
        variantMembers(value, generator);
        generator.writeEndObject();
    }

    @Override
    public void encodeMembers(T value, JsonGenerator generator) {
        if (textOf(value) != null) {
            throw new IllegalStateException(type.getName() + " " + value + " is written as a string, not as members");
        }
        variantMembers(value, generator);
    }

    /** The members of a value that is not written as text. */
    @SuppressWarnings("unchecked")
    private void variantMembers(T value, JsonGenerator generator) {
        ((RecordCodec<Record>) variantOf(value)).encodeMembers((Record) value, generator);
    }

    @Override
    public JsonNode schema(SchemaContext context) {
        return context.ref(defName, () -> {
            ObjectNode def = context.object();
            ArrayNode oneOf = def.putArray("oneOf");
            if (textForm != null) {
                ObjectNode texts = context.object().put("type", "string").put("description", textForm.description());
                ArrayNode values = texts.putArray("enum");
                textForm.byText().keySet().forEach(values::add);
                oneOf.add(texts);
            }
            byName.values().forEach(v -> oneOf.add(v.schema(context)));
            return def;
        });
    }

    @Override
    public ObjectNode objectSchema(SchemaContext context, ObjectNode extra) {
        ObjectNode schema = context.object();
        ArrayNode oneOf = schema.putArray("oneOf");
        byName.values().forEach(v -> oneOf.add(v.objectSchema(context, extra)));
        return schema;
    }
}
