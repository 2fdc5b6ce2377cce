package org.msbiome.io.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A closed vocabulary written as its {@code code()}: an enum with {@code String code()} and
 * {@code static E fromCode(String)}, the msbiome convention. Reading accepts exactly the codes.
 */
final class EnumCodec<E extends Enum<E>> implements Codec<E> {
    private final Class<E> type;
    private final Map<String, E> byCode = new LinkedHashMap<>();
    /** The codes in declaration order, and the constants in the same order, for the fast read. */
    private final String[] codeArray;
    private final E[] constants;
    private final Map<E, String> codes;
    /** The codes, quoted once for writing. */
    private final Map<E, SerializedString> jsonCodes;

    EnumCodec(Class<E> type) {
        this.type = type;
        Method code = codeMethod(type);
        this.codes = new java.util.EnumMap<>(type);
        this.jsonCodes = new java.util.EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            String c;
            try {
                c = (String) code.invoke(constant);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + constant.name() + ".code()", e);
            }
            if (c == null || byCode.put(c, constant) != null) {
                throw new IllegalStateException(type.getName() + " has a null or repeated code: " + c);
            }
            codes.put(constant, c);
            jsonCodes.put(constant, new WireText(c));
        }
        this.codeArray = byCode.keySet().toArray(new String[0]);
        this.constants = type.getEnumConstants();
    }

    /** Whether the enum follows the code convention. */
    static boolean hasCodes(Class<?> type) {
        try {
            codeMethod(type);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static Method codeMethod(Class<?> type) {
        try {
            Method code = type.getMethod("code");
            Method fromCode = type.getMethod("fromCode", String.class);
            if (code.getReturnType() != String.class || !Modifier.isStatic(fromCode.getModifiers())) {
                throw new NoSuchMethodException("code()/fromCode(String) of the wrong shape");
            }
            return code;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName()
                    + " has no 'String code()' and 'static fromCode(String)'; msbiome enums on the wire use codes", e);
        }
    }

    List<String> codes() {
        return new ArrayList<>(byCode.keySet());
    }

    String codeOfAny(Object value) {
        return codes.get(type.cast(value));
    }

    @Override
    public Class<?> javaType() {
        return type;
    }

    @Override
    public String expected() {
        return "a string (a code of " + type.getSimpleName() + ")";
    }

    @Override
    public @Nullable E decode(JsonNode node, Pointer at, Problems problems) {
        if (!node.isString()) {
            return Codec.wrongType(this, node, at, problems);
        }
        E value = byCode.get(node.stringValue());
        if (value == null) {
            problems.add(at, ProblemCode.UNKNOWN_CODE, JsonText.quote(node.stringValue()) + " is not a code of "
                    + type.getSimpleName() + "; expected one of: " + String.join(", ", byCode.keySet()));
        }
        return value;
    }

    @Override
    public E read(FastRead in) {
        int index = in.textIndex(codeArray);
        return index < 0 ? FastRead.giveUp() : constants[index];
    }

    @Override
    public void encode(E value, JsonGenerator generator) {
        generator.writeString(jsonCodes.get(value));
    }

    @Override
    public JsonNode schema(SchemaContext context) {
        return context.ref(type.getSimpleName(), () -> {
            ObjectNode def = context.object().put("type", "string");
            ArrayNode values = def.putArray("enum");
            byCode.keySet().forEach(values::add);
            return def;
        });
    }
}
