package org.msbiome.io.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.internal.RecordCodec.Field;

/**
 * Reads a record's components and calls its canonical constructor: through reflection at first, through
 * method handles once in steady use.
 */
final class RecordAccess {
    /**
     * After this many uses, a codec reads components and builds records through method handles instead of
     * reflection. Method handles are faster in steady use (writing a document took a fifth less time), but
     * making them spins classes, which made the first document of a process about 250 ms slower when every
     * codec made them up front (BENCHMARKS.md).
     */
    private static final int WARM_USES = 200;

    /** The accessors, of type {@code (Object)Object}, in field order, and the constructor, {@code (Object[])Object}. */
    private record Handles(MethodHandle[] accessors, MethodHandle constructor) {}

    private final Class<?> type;
    private final Constructor<?> constructor;
    /** The fields in component order. */
    private final Field[] fieldArray;
    private volatile @Nullable Handles handles;
    /** Counts uses until the handles are made; races only delay that a little. */
    private int uses;

    RecordAccess(Class<?> type, Constructor<?> constructor, Field[] fieldArray) {
        this.type = type;
        this.constructor = constructor;
        this.fieldArray = fieldArray.clone();
    }

    /** The accessors as method handles, in component order, once in steady use (counts a use); else null. */
    MethodHandle @Nullable [] accessors() {
        Handles h = handles();
        return h == null ? null : h.accessors();
    }

    /** The method handles once this codec is in steady use, else null. */
    private @Nullable Handles handles() {
        Handles h = handles;
        if (h == null && ++uses > WARM_USES) {
            h = makeHandles();
            handles = h;
        }
        return h;
    }

    private Handles makeHandles() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle[] accessors = new MethodHandle[fieldArray.length];
            for (int i = 0; i < accessors.length; i++) {
                accessors[i] = lookup.unreflect(fieldArray[i].accessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            }
            MethodHandle make = lookup.unreflectConstructor(constructor)
                    .asSpreader(Object[].class, fieldArray.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Handles(accessors, make);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot access " + type.getName(), e);
        }
    }

    /** Calls the canonical constructor; what it throws is rethrown as is. */
    Object construct(Object[] args) {
        Handles h = handles();
        try {
            if (h != null) {
                return h.constructor().invokeExact(args);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    static Object get(Field field, Object record) {
        Object v;
        try {
            v = field.accessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field.name(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field.name(), e.getCause());
        }
        return nonNull(v, field, record);
    }

    static Object get(MethodHandle accessor, Field field, Object record) {
        Object v;
        try {
            v = accessor.invokeExact(record);
        } catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot read " + field.name(), e);
        }
        return nonNull(v, field, record);
    }

    private static Object nonNull(@Nullable Object v, Field field, Object record) {
        if (v == null) {
            throw new IllegalArgumentException(
                    "cannot write " + record.getClass().getName() + "." + field.name() + ": it is null");
        }
        return v;
    }
}
