package org.msbiome.io.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;
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

    /**
     * The accessors in field order, as functions (an interface call each: a method handle that is not a constant
     * checks its type and its customization on every call, a tenth of a write's time), and the constructor,
     * {@code (Object[])Object}.
     */
    private record Handles(Function<Object, Object>[] accessors, MethodHandle constructor) {}

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

    /** The accessors as functions, in component order, once in steady use (counts a use); else null. */
    Function<Object, Object> @Nullable [] accessors() {
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
            @SuppressWarnings("unchecked")
            Function<Object, Object>[] accessors = new Function[fieldArray.length];
            for (int i = 0; i < accessors.length; i++) {
                accessors[i] = function(lookup, lookup.unreflect(fieldArray[i].accessor()));
            }
            MethodHandle make = lookup.unreflectConstructor(constructor)
                    .asSpreader(Object[].class, fieldArray.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Handles(accessors, make);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot access " + type.getName(), e);
        }
    }

    /** The accessor as a function: a class made by the lambda factory, or a method handle called through one. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(MethodHandles.Lookup lookup, MethodHandle accessor) {
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), accessor, accessor.type().wrap());
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable e) {
            if (e instanceof Error error && !(e instanceof LinkageError)) {
                throw error;
            }
            MethodHandle generic = accessor.asType(MethodType.methodType(Object.class, Object.class));
            return record -> {
                try {
                    return generic.invokeExact(record);
                } catch (RuntimeException | Error thrown) {
                    throw thrown;
                } catch (Throwable thrown) {
                    throw new IllegalStateException(thrown);
                }
            };
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

    static Object get(Function<Object, Object> accessor, Field field, Object record) {
        Object v;
        try {
            v = accessor.apply(record);
        } catch (RuntimeException e) {
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
