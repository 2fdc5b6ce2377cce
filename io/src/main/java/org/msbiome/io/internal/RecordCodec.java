package org.msbiome.io.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record written as a JSON object with one property per record component, named and ordered as the
 * type's declared {@linkplain WireNames JSON names} (never derived from the Java names). {@code Optional} components are left out when empty; {@code List} and {@code Set}
 * components are always written and read as empty when absent. A map of {@link org.msbiome.core.reporting.Absence}
 * values (which parts a source left out, like {@code TrialDesign.absent}) is left out when empty and read as
 * empty when absent, so a document of format 1.0, which has no such property, reads and rewrites unchanged. A record that is a variant of a sealed
 * interface also carries {@code "type": "<type name>"} as its first property.
 *
 * <p>Reading decodes every property independently (collecting all problems), and calls the canonical
 * constructor only when all of them were fine; what the constructor rejects becomes an
 * {@code invalid-value} problem at the object, with the constructor's message.
 */
final class RecordCodec<T extends Record> implements ObjectCodec<T> {
    /** The property that names the variant of a sealed interface. */
    static final String TYPE_PROPERTY = "type";

    /** One record component on the wire. */
    record Field(String name, Method accessor, Codec<Object> codec, boolean optional, @Nullable Object empty,
            SerializedString jsonName, boolean omitEmpty, int index) {}

    /** The name {@code "type"}, quoted once for writing. */
    private static final SerializedString TYPE_NAME = new WireText(TYPE_PROPERTY);

    private final Class<T> type;
    private final String defName;
    private @Nullable String typeName;
    private @Nullable SerializedString typeNameJson;
    /** The fields in wire order, by JSON name. */
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Field> byComponent = new LinkedHashMap<>();
    private final Constructor<T> constructor;
    /** The fields in component order (the constructor's and the accessors'). */
    private Field[] fieldArray = new Field[0];
    /** For each position on the wire, the index of its component. */
    private int[] wireOrder = new int[0];
    private List<String> propertyNames = List.of();
    private @Nullable RecordAccess access;
    /** The constraints of the record class, looked up on first use (the look-up by class costs on every value). */
    private volatile @Nullable ConstraintPlan plan;

    RecordCodec(Class<T> type, String defName) {
        this.type = type;
        this.defName = defName;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            this.constructor = type.getConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getName() + " has no public canonical constructor", e);
        }
    }

    /**
     * Resolves the component codecs and their declared JSON names; separate from construction so that types
     * may refer to each other.
     *
     * @throws IllegalStateException if a component has no declared name, or a declared name no component
     */
    @SuppressWarnings("unchecked")
    void resolve(Bindings bindings) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        List<String> componentNames = List.copyOf(components.keySet());
        fieldArray = new Field[components.size()];
        wireOrder = new int[components.size()];
        List<WireNames.Name> declared = bindings.namesOf(type);
        Set<String> undeclared = new LinkedHashSet<>(components.keySet());
        for (WireNames.Name declaredName : declared) {
            RecordComponent component = components.get(declaredName.component());
            if (component == null || !undeclared.remove(declaredName.component())) {
                throw new IllegalStateException("the JSON name '" + declaredName.json() + "' of " + type.getName()
                        + " stands for component '" + declaredName.component() + "', which the record does not have;"
                        + " its components: " + components.keySet());
            }
            // Interned, as the tree's property names are (TreeReader): looking a field up finds it by identity.
            String name = declaredName.json().intern();
            if (name.equals(TYPE_PROPERTY) && typeName != null) {
                throw new IllegalStateException(type.getName() + " is a variant of a sealed interface and has a "
                        + "property named 'type', which the wire format reserves for the type name");
            }
            Type generic = component.getGenericType();
            boolean optional = false;
            if (generic instanceof ParameterizedType p && p.getRawType() == Optional.class) {
                generic = p.getActualTypeArguments()[0];
                optional = true;
            }
            Codec<Object> codec = (Codec<Object>) bindings.codecFor(generic, type.getName() + "." + component.getName());
            Object raw = codec;
            boolean absences = !optional && isAbsenceMap(generic);
            Object empty = raw instanceof CollectionCodec<?> collection ? (collection.isSet() ? Set.of() : List.of())
                    : absences ? Map.of() : null;
            int index = componentNames.indexOf(component.getName());
            Field field = new Field(name, component.getAccessor(), codec, optional, empty, new WireText(name),
                    absences, index);
            wireOrder[fields.size()] = index;
            fieldArray[index] = field;
            fields.put(name, field);
            byComponent.put(component.getName(), field);
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("record " + type.getName() + " has components without a declared JSON"
                    + " name: " + undeclared + "; declare each (wire-names.txt, or Builder.names(..)): the Java"
                    + " names never define the format");
        }
        List<String> names = new ArrayList<>();
        if (typeName != null) {
            names.add(TYPE_PROPERTY);
        }
        names.addAll(fields.keySet());
        propertyNames = List.copyOf(names);
        access = new RecordAccess(type, constructor, fieldArray);
    }

    void variantOf(String name) {
        if (typeName != null && !typeName.equals(name)) {
            throw new IllegalStateException(type.getName() + " already has the type name '" + typeName + "'");
        }
        this.typeName = name;
        this.typeNameJson = new WireText(name);
    }

    @Nullable String typeName() {
        return typeName;
    }

    /** The field of a record component, by the component's Java name. */
    @Nullable Field field(String component) {
        return byComponent.get(component);
    }

    @Override
    public Class<?> javaType() {
        return type;
    }

    @Override
    public String expected() {
        return "an object (" + defName + ")";
    }

    @Override
    public List<String> propertyNames() {
        return propertyNames;
    }

    @Override
    public @Nullable T decode(JsonNode node, Pointer at, Problems problems) {
        if (!node.isObject()) {
            return Codec.wrongType(this, node, at, problems);
        }
        int mark = problems.islandMark();
        boolean ok = true;
        // Unknown properties are looked for only when the object has more properties than the fields found in it
        // (one look-up per field, not two per property); their problems go where they would have been found.
        int unknownAt = problems.size();
        int known = 0;
        if (typeName != null) {
            JsonNode tag = node.get(TYPE_PROPERTY);
            if (tag != null && !fields.containsKey(TYPE_PROPERTY)) {
                known++;
            }
            if (tag == null) {
                problems.add(at.property(TYPE_PROPERTY), ProblemCode.MISSING_PROPERTY,
                        "missing property 'type'; expected \"" + typeName + "\"");
                ok = false;
            } else if (!tag.isString() || !tag.stringValue().equals(typeName)) {
                problems.add(at.property(TYPE_PROPERTY), ProblemCode.UNKNOWN_TYPE,
                        "type " + (tag.isString() ? JsonText.quote(tag.stringValue()) : tag.toString())
                                + " does not match; expected \"" + typeName + "\"");
                ok = false;
            }
        }
        Object[] args = new Object[fieldArray.length];
        for (int i : wireOrder) {
            Field field = fieldArray[i];
            JsonNode value = node.get(field.name);
            if (value != null) {
                known++;
            }
            Object decoded = null;
            if (value == null) {
                if (field.optional) {
                    decoded = Optional.empty();
                } else if (field.empty != null) {
                    decoded = field.empty;
                } else {
                    problems.add(at.property(field.name), ProblemCode.MISSING_PROPERTY,
                            "missing property " + JsonText.quote(field.name)
                            + "; expected " + field.codec.expected());
                }
            } else if (value.isNull()) {
                problems.add(at.property(field.name), ProblemCode.NULL_VALUE, "null is not allowed; "
                        + (field.optional || field.empty != null ? "leave the property out when there is no value"
                                : "expected " + field.codec.expected()));
            } else {
                Object v = field.codec.decode(value, at.property(field.name), problems);
                decoded = v == null ? null : field.optional ? Optional.of(v) : v;
            }
            if (decoded == null) {
                ok = false;
            }
            args[i] = decoded;
        }
        if (known < node.size()) {
            List<Problem> unknown = new ArrayList<>();
            for (String name : node.propertyNames()) {
                if (!fields.containsKey(name) && !(typeName != null && name.equals(TYPE_PROPERTY))) {
                    unknown.add(Problem.of(at.property(name).toString(), ProblemCode.UNKNOWN_PROPERTY,
                            "unknown property " + JsonText.quote(name) + " of " + defName + "; known properties: "
                                    + String.join(", ", propertyNames)));
                }
            }
            problems.insert(unknownAt, unknown);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        T value;
        try {
            value = type.cast(access().construct(args));
        } catch (RuntimeException cause) {
            String message = cause.getMessage();
            problems.add(at, ProblemCode.INVALID_VALUE, message == null || message.isBlank()
                    ? defName + " is not valid (" + cause.getClass().getSimpleName() + ")" : message);
            return null;
        }
        problems.decoded(mark, value, at, this, node);
        return value;
    }

    @Override
    public T read(FastRead in) {
        if (in.parser().currentToken() != JsonToken.START_OBJECT) {
            return FastRead.giveUp();
        }
        in.count();
        return readMembers(in, false);
    }

    /**
     * Reads the members of an object whose start has been read and counted, on the fast path.
     *
     * @param typeRead whether the object's {@code "type"} has been read already (by the sealed interface's codec)
     */
    T readMembers(FastRead in, boolean typeRead) {
        int mark = in.problems().islandMark();
        Object[] args = new Object[fieldArray.length];
        boolean typeSeen = typeRead;
        int expected = 0;
        JsonToken t;
        while ((t = in.next()) == JsonToken.PROPERTY_NAME) {
            String name = in.parser().currentName();
            in.count();
            // The properties usually come in wire order: the next one is tried first, by identity (both interned).
            int index = -1;
            if (expected < wireOrder.length && fieldArray[wireOrder[expected]].name == name) {
                index = wireOrder[expected++];
            } else {
                Field found = fields.get(name);
                if (found != null) {
                    index = found.index;
                } else if (typeName != null && !typeSeen && TYPE_PROPERTY.equals(name)) {
                    in.next();
                    JsonNode tag = in.tree();
                    if (!tag.isString() || !tag.stringValue().equals(typeName)) {
                        return FastRead.giveUp();
                    }
                    typeSeen = true;
                    continue;
                } else {
                    return FastRead.giveUp();
                }
            }
            if (args[index] != null || in.next() == JsonToken.VALUE_NULL) {
                return FastRead.giveUp();
            }
            Field field = fieldArray[index];
            Object v = field.codec.read(in);
            args[index] = field.optional ? Optional.of(v) : v;
        }
        if (t != JsonToken.END_OBJECT || typeName != null && !typeSeen) {
            return FastRead.giveUp();
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                Field field = fieldArray[i];
                args[i] = field.optional ? Optional.empty() : field.empty != null ? field.empty : FastRead.giveUp();
            }
        }
        T value;
        try {
            value = type.cast(access().construct(args));
        } catch (RuntimeException cause) {
            return FastRead.giveUp();
        }
        in.problems().decoded(mark, value, Pointer.ROOT, this, FastRead.noTree());
        return value;
    }

    @Override
    public void encode(T value, JsonGenerator generator) {
        generator.writeStartObject(value);
        encodeMembers(value, generator);
        generator.writeEndObject();
    }

    @Override
    public void encodeMembers(T value, JsonGenerator generator) {
        if (constrained()) {
            WriteChecks.built(generator, value, this);
        }
        if (typeNameJson != null) {
            // Names and codes are written from pre-quoted strings, as Jackson's own serializers do.
            generator.writeName(TYPE_NAME);
            generator.writeString(typeNameJson);
        }
        Function<Object, Object>[] accessors = access().accessors();
        for (int i : wireOrder) {
            Field field = fieldArray[i];
            Object v = accessors == null ? RecordAccess.get(field, value)
                    : RecordAccess.get(accessors[i], field, value);
            if (field.optional) {
                Optional<?> o = (Optional<?>) v;
                if (o.isEmpty()) {
                    continue;
                }
                v = o.get();
            } else if (field.omitEmpty && ((Map<?, ?>) v).isEmpty()) {
                continue;
            }
            generator.writeName(field.jsonName);
            field.codec.encode(v, generator);
        }
    }

    @Override
    public JsonNode schema(SchemaContext context) {
        return context.ref(defName, () -> objectSchema(context, context.object()));
    }

    @Override
    public ObjectNode objectSchema(SchemaContext context, ObjectNode extra) {
        ObjectNode schema = context.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = context.nodes().arrayNode();
        for (Map.Entry<String, JsonNode> e : extra.properties()) {
            properties.set(e.getKey(), e.getValue());
            required.add(e.getKey());
        }
        if (typeName != null) {
            properties.set(TYPE_PROPERTY, context.object().put("const", typeName));
            required.add(TYPE_PROPERTY);
        }
        for (Field field : fields.values()) {
            properties.set(field.name, field.codec.schema(context));
            if (!field.optional && field.empty == null) {
                required.add(field.name);
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Whether this component type is a map whose values say why a part is absent. */
    private static boolean isAbsenceMap(Type generic) {
        return generic instanceof ParameterizedType p && p.getRawType() == Map.class
                && p.getActualTypeArguments()[1] == org.msbiome.core.reporting.Absence.class;
    }

    private RecordAccess access() {
        RecordAccess a = access;
        if (a == null) {
            throw new IllegalStateException(type.getName() + " is not resolved");
        }
        return a;
    }

    /** The constraints of the record class ({@link ConstraintPlan#of}), kept after the first use. */
    ConstraintPlan plan() {
        ConstraintPlan p = plan;
        if (p == null) {
            p = ConstraintPlan.of(type);
            plan = p;
        }
        return p;
    }

    /**
     * Whether the record class has constraints to check, or some that the read path cannot run (a record
     * without either passes {@link ReadChecks#passes} as it is, and the writer need not ask).
     */
    private boolean constrained() {
        ConstraintPlan p = plan();
        return p.checkArray().length > 0 || !p.supported();
    }

    /** The value of a record's component, by its index in component order. */
    Object component(Object value, int index) {
        Function<Object, Object>[] accessors = access().accessors();
        return accessors == null ? RecordAccess.get(fieldArray[index], value)
                : RecordAccess.get(accessors[index], fieldArray[index], value);
    }

    /** The fields in wire order. */
    Collection<Field> fields() {
        return fields.values();
    }
}
