package org.msbiome.io.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The wire format of every bound type: which Java types are written how, and which are top-level
 * document kinds. Built once, immutable afterwards, and checked when built: a type that cannot be
 * written (an enum without codes, a sealed interface without type names, an unsupported component type)
 * fails the build with a message naming it.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Bindings {
    /** A kind name: lower-case words joined by hyphens. */
    private static final Pattern KIND_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Well-known values of a sealed interface written as a string: each text and its value.
     *
     * @param byText the values by their text, in the order the schema lists them
     * @param description what the texts are, for messages and the schema
     */
    public record TextForm<T>(Map<String, T> byText, String description) {
        /** Copies the map, keeping its order. */
        public TextForm {
            byText = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byText));
        }
    }

    /** A top-level document kind. */
    public record Kind(String name, Class<?> type, ObjectCodec<?> codec) {}

    private final Map<Class<?>, Codec<?>> codecs = new HashMap<>();
    private final Map<String, Kind> kindsByName = new TreeMap<>();
    private final Map<Class<?>, Kind> kindsByType = new HashMap<>();
    private final Map<Class<?>, String> unionMembers = new HashMap<>();
    private final List<RecordCodec<?>> unresolved = new ArrayList<>();
    private final Map<String, List<WireNames.Name>> names = new HashMap<>();
    private final Set<String> namesUsed = new HashSet<>();
    private boolean frozen;

    private Bindings() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bindings of the msbiome core types. */
    public static Bindings standard() {
        return StandardHolder.STANDARD;
    }

    private static final class StandardHolder {
        static final Bindings STANDARD = StandardBindings.register(builder()).build();
    }

    /** The document kinds, by name. */
    public Collection<Kind> kinds() {
        return kindsByName.values();
    }

    /** The kind of a type. */
    public Optional<Kind> kindOf(Class<?> type) {
        return Optional.ofNullable(kindsByType.get(type));
    }

    /** The kind with a name. */
    public Optional<Kind> kindNamed(String name) {
        return Optional.ofNullable(kindsByName.get(name));
    }

    /** Every bound class and its codec (records, enums, sealed interfaces, mapped types). */
    public Map<Class<?>, Codec<?>> codecs() {
        return Map.copyOf(codecs);
    }

    /** The codec of a bound class. */
    @SuppressWarnings("unchecked")
    public <T> Codec<T> codec(Class<T> type) {
        return (Codec<T>) codecFor(type, type.getName());
    }

    /**
     * The codec of a Java type.
     *
     * @param where names the place that needs it, for the message if the type cannot be bound
     * @throws IllegalStateException if the type cannot be bound
     */
    Codec<?> codecFor(Type type, String where) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            if (raw == List.class || raw == Set.class) {
                return new CollectionCodec<>(codecFor(p.getActualTypeArguments()[0], where), raw == Set.class);
            }
            if (raw == Map.class || raw == SortedMap.class || raw == NavigableMap.class) {
                MapCodec.Key<?> key = MapCodec.keyOf(codecFor(p.getActualTypeArguments()[0], where));
                if (key == null) {
                    throw new IllegalStateException("cannot bind " + type.getTypeName() + " of " + where
                            + "; map keys must be enums with codes, BigDecimal or String");
                }
                return newMap(key, codecFor(p.getActualTypeArguments()[1], where), raw != Map.class);
            }
            throw new IllegalStateException("cannot bind " + type.getTypeName() + " of " + where
                    + "; supported containers are Optional (as a component), List, Set and Map");
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("cannot bind " + type.getTypeName() + " of " + where);
        }
        Codec<?> known = codecs.get(c);
        if (known != null) {
            return known;
        }
        Codec<?> builtIn = BuiltInCodecs.of(c);
        if (builtIn != null) {
            return builtIn;
        }
        if (frozen) {
            throw new IllegalStateException(c.getName() + " is not bound to JSON");
        }
        if (c.isEnum()) {
            if (!EnumCodec.hasCodes(c)) {
                throw new IllegalStateException("cannot bind enum " + c.getName() + " of " + where
                        + ": it has no 'String code()' and 'static fromCode(String)'");
            }
            return bindEnum(c);
        }
        if (c.isRecord()) {
            return bindRecord(c);
        }
        if (c.isSealed()) {
            throw new IllegalStateException("cannot bind sealed type " + c.getName() + " of " + where
                    + ": register its variants' type names with Builder.union(..)");
        }
        throw new IllegalStateException("cannot bind " + c.getName() + " of " + where
                + ": it is not a record, an enum with codes, or a registered type");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<?> newMap(MapCodec.Key<?> key, Codec<?> value, boolean sorted) {
        return new MapCodec(key, value, sorted);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Codec<?> bindEnum(Class<?> c) {
        EnumCodec<?> codec = new EnumCodec(c);
        codecs.put(c, codec);
        return codec;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RecordCodec<?> bindRecord(Class<?> c) {
        RecordCodec<?> codec = new RecordCodec(c, c.getSimpleName());
        String typeName = unionMembers.get(c);
        if (typeName != null) {
            codec.variantOf(typeName);
        }
        codecs.put(c, codec);
        unresolved.add(codec);
        return codec;
    }

    /**
     * The declared JSON names of a record type.
     *
     * @throws IllegalStateException if the type has none
     */
    List<WireNames.Name> namesOf(Class<?> type) {
        List<WireNames.Name> declared = names.get(type.getName());
        if (declared == null) {
            throw new IllegalStateException("record " + type.getName() + " has no declared JSON names; declare one"
                    + " per component (wire-names.txt, or Builder.names(..)): the Java names never define the format");
        }
        namesUsed.add(type.getName());
        return declared;
    }

    private void resolveAll() {
        while (!unresolved.isEmpty()) {
            RecordCodec<?> next = unresolved.remove(unresolved.size() - 1);
            next.resolve(this);
        }
    }

    /**
     * Builds bindings.
     *
     * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
     * any time.
     */
    public static final class Builder {
        private final Bindings bindings = new Bindings();
        private final Map<String, Class<?>> kinds = new LinkedHashMap<>();
        private final Map<Class<?>, Map<String, Class<?>>> unions = new LinkedHashMap<>();
        private final Map<Class<?>, TextForm<?>> textForms = new HashMap<>();

        private Builder() {}

        /**
         * Binds a type written as a JSON string, read with its own factory (such as {@code parse}); what the
         * factory rejects becomes an {@code invalid-value} problem with its message.
         *
         * @param pattern a regular expression (ECMA 262) for the schema, or null
         * @param description what the text looks like, for messages and the schema
         */
        public <T> Builder text(Class<T> type, Function<String, T> parse, Function<T, String> format,
                @Nullable String pattern, String description) {
            return put(type, BuiltInCodecs.text(type, parse, format, pattern, description));
        }

        /** Binds a type written as another bound type's JSON (a number, a string, a record). */
        public <T, W> Builder mapped(Class<T> type, Class<W> wire, Function<W, T> from, Function<T, W> to,
                String description) {
            @SuppressWarnings("unchecked")
            Codec<W> wireCodec = (Codec<W>) BuiltInCodecs.of(wire);
            if (wireCodec == null) {
                throw new IllegalArgumentException("wire type " + wire.getName() + " is not a JSON scalar type");
            }
            return put(type, new MappedCodec<>(type, wireCodec, from, to, null, description));
        }

        /**
         * Binds a type that is neither a record nor an enum with its own object codec, made from the bindings
         * (so that it can use the codecs of the records it holds).
         */
        public <T> Builder object(Class<T> type, Function<Bindings, ObjectCodec<T>> codec) {
            return put(type, codec.apply(bindings));
        }

        private Builder put(Class<?> type, Codec<?> codec) {
            if (bindings.codecs.putIfAbsent(type, codec) != null) {
                throw new IllegalArgumentException(type.getName() + " is bound twice");
            }
            return this;
        }

        /**
         * Binds a sealed interface whose variants are records, with a stable type name per variant.
         *
         * @param variants type name → variant record, in the order the schema lists them; every permitted
         *     subclass must be named
         */
        public <T> Builder union(Class<T> type, Map<String, Class<? extends T>> variants) {
            return union(type, variants, null);
        }

        /**
         * Binds a sealed interface whose variants are records (written as objects with a type name) and
         * whose well-known values may also be written as a string: a value equal to one of the text form's
         * values is written as its text, every other value as its variant's object. A permitted subclass
         * that is not a record variant (an enum implementing the interface) must be covered entirely by the
         * text form.
         *
         * @param textForm the text of each value written as a string, or null for none
         */
        public <T> Builder union(Class<T> type, Map<String, Class<? extends T>> variants,
                @Nullable TextForm<T> textForm) {
            if (!type.isSealed() || !type.isInterface()) {
                throw new IllegalArgumentException(type.getName() + " is not a sealed interface");
            }
            Set<Class<?>> permitted = new HashSet<>(Set.of(type.getPermittedSubclasses()));
            if (textForm != null) {
                for (Class<?> c : Set.of(type.getPermittedSubclasses())) {
                    if (c.isEnum() && !variants.containsValue(c)) {
                        if (!textForm.byText().values().containsAll(List.of(c.getEnumConstants()))) {
                            throw new IllegalArgumentException("the text form of " + type.getName()
                                    + " must cover every constant of " + c.getName());
                        }
                        permitted.remove(c);
                    }
                }
                textForms.put(type, textForm);
            }
            if (!permitted.equals(Set.copyOf(variants.values()))) {
                throw new IllegalArgumentException("the variants of " + type.getName() + " must be exactly "
                        + permitted + "; got " + variants.values());
            }
            for (Map.Entry<String, Class<? extends T>> e : variants.entrySet()) {
                if (!KIND_NAME.matcher(e.getKey()).matches()) {
                    throw new IllegalArgumentException("type name '" + e.getKey() + "' must be lower-case kebab");
                }
                if (!e.getValue().isRecord()) {
                    throw new IllegalArgumentException(e.getValue().getName() + " is not a record");
                }
                if (bindings.unionMembers.put(e.getValue(), e.getKey()) != null) {
                    throw new IllegalArgumentException(e.getValue().getName() + " is a variant of two unions");
                }
            }
            unions.put(type, new LinkedHashMap<>(variants));
            return this;
        }

        /**
         * Declares the JSON names of a record: {@code "json"} where the component has the same name,
         * {@code "json=component"} where not, in wire order. Every record bound needs them.
         */
        public Builder names(Class<? extends Record> type, String... names) {
            return names(type.getName(), WireNames.names(type.getName(), List.of(names)));
        }

        /** Declares the JSON names of every record of a table (such as {@link WireNames#standard()}). */
        public Builder names(WireNames table) {
            table.byType().forEach(this::names);
            return this;
        }

        private Builder names(String type, List<WireNames.Name> declared) {
            if (bindings.names.putIfAbsent(type, declared) != null) {
                throw new IllegalArgumentException("the JSON names of " + type + " are declared twice");
            }
            return this;
        }

        /** Declares a top-level document kind. @param name lower-case kebab, such as {@code formulation} */
        public Builder kind(String name, Class<?> type) {
            if (!KIND_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("kind name '" + name + "' must be lower-case kebab");
            }
            if (kinds.put(name, type) != null || kinds.values().stream().filter(type::equals).count() > 1) {
                throw new IllegalArgumentException("kind '" + name + "' or type " + type.getName() + " declared twice");
            }
            return this;
        }

        /**
         * Resolves and checks every binding.
         *
         * @throws IllegalStateException if a type cannot be bound, naming it and the place that needs it
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Bindings build() {
            for (Map.Entry<Class<?>, Map<String, Class<?>>> union : unions.entrySet()) {
                UnionCodec<?> codec = new UnionCodec(union.getKey(), union.getKey().getSimpleName(),
                        textForms.get(union.getKey()));
                bindings.codecs.put(union.getKey(), codec);
                for (Map.Entry<String, Class<?>> variant : union.getValue().entrySet()) {
                    codec.add(variant.getKey(), (RecordCodec<?>) bindings.codecFor(variant.getValue(),
                            union.getKey().getName()));
                }
            }
            for (Map.Entry<String, Class<?>> kind : kinds.entrySet()) {
                Codec<?> codec = bindings.codecFor(kind.getValue(), "kind " + kind.getKey());
                if (!(codec instanceof ObjectCodec<?> object)) {
                    throw new IllegalStateException("kind " + kind.getKey() + ": " + kind.getValue().getName()
                            + " is not written as a JSON object");
                }
                if (List.of("format", "version", "kind").contains(kind.getKey())) {
                    throw new IllegalArgumentException("kind name '" + kind.getKey() + "' is an envelope member");
                }
                Kind k = new Kind(kind.getKey(), kind.getValue(), object);
                bindings.kindsByName.put(k.name(), k);
                bindings.kindsByType.put(k.type(), k);
            }
            bindings.resolveAll();
            Set<String> unused = new java.util.TreeSet<>(bindings.names.keySet());
            unused.removeAll(bindings.namesUsed);
            if (!unused.isEmpty()) {
                throw new IllegalStateException("JSON names are declared for records that are not bound: " + unused);
            }
            bindings.frozen = true;
            return bindings;
        }
    }
}
