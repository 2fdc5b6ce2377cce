package org.msbiome.io.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Bean Validation constraints of one record class, read once from its annotations the way Hibernate
 * Validator reads them (class-level constraints of the class and of every interface it implements, field
 * constraints of the components, {@code Optional<@C X>} element constraints, and which components cascade
 * with {@code @Valid}), with a ready validator for each. A class whose constraints cannot all be run here
 * (a constraint in a group, a getter-style accessor with constraints, a built-in constraint other than
 * {@code @Positive}, {@code @PositiveOrZero} and {@code @Min} on an integer, a container element constraint
 * on a list, set or map) is {@linkplain #supported() unsupported}: documents holding it are validated by
 * Hibernate Validator.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
final class ConstraintPlan {
    private static final ClassValue<ConstraintPlan> PLANS = new ClassValue<>() {
        @Override
        protected ConstraintPlan computeValue(Class<?> type) {
            return new ConstraintPlan(type);
        }
    };

    /**
     * One constraint: on the value itself ({@code component == null}, a class-level constraint) or on a
     * component's value (unwrapped from {@code Optional} when the constraint is on the element).
     */
    record Check(Annotation annotation, String template, @Nullable ConstraintValidator<Annotation, Object> validator,
            @Nullable Method component, int index, @Nullable String property, boolean element, int builtIn,
            long min) {
        /** {@link #builtIn}: a validator's check, {@code @Min}, {@code @Positive}, {@code @PositiveOrZero}. */
        static final int VALIDATOR = 0;
        static final int MIN = 1;
        static final int POSITIVE = 2;
        static final int POSITIVE_OR_ZERO = 3;

        /** Whether a number satisfies this check's {@code @Min}, {@code @Positive} or {@code @PositiveOrZero}. */
        boolean builtInHolds(Number value) {
            return switch (builtIn) {
                case MIN -> value.longValue() >= min;
                case POSITIVE -> value.doubleValue() > 0;
                case POSITIVE_OR_ZERO -> value.doubleValue() >= 0;
                default -> false;
            };
        }
    }

    private final List<Check> checks = new ArrayList<>();
    /** The same checks, as an array for the checks' loops (no iterator per value). */
    private final Check[] checkArray;
    /** The components that cascade ({@code @Valid} on the component or on its container's element). */
    private final Set<String> cascaded = new LinkedHashSet<>();
    // Final fields: a plan may be handed to other threads through a codec's plain field (RecordCodec.plan).
    private final @Nullable String unsupported;

    private ConstraintPlan(Class<?> type) {
        String why = null;
        try {
            read(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            why = type.getName() + ": " + e;
        }
        unsupported = why;
        checkArray = checks.toArray(new Check[0]);
    }

    /** The plan of a class, built on first use. */
    static ConstraintPlan of(Class<?> type) {
        return PLANS.get(type);
    }

    /** The constraints to run on a value of the class, as an array (not to be changed). */
    Check[] checkArray() {
        return checkArray;
    }

    /** Whether every constraint of the class can be run by the read path. */
    boolean supported() {
        return unsupported == null;
    }

    /** Why not, when not {@linkplain #supported() supported}. */
    @Nullable String unsupportedReason() {
        return unsupported;
    }

    /** Whether the component cascades validation into its value. */
    boolean cascades(String component) {
        return cascaded.contains(component);
    }

    private void read(Class<?> type) throws ReflectiveOperationException {
        for (Class<?> level : hierarchy(type)) {
            for (Annotation annotation : constraints(level.getDeclaredAnnotations())) {
                checks.add(check(annotation, type, null, -1, null, false));
            }
            for (Method method : level.getDeclaredMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                        && isGetterName(method) && (!constraints(method.getAnnotations()).isEmpty()
                                || method.isAnnotationPresent(Valid.class))) {
                    throw new IllegalStateException("getter " + method + " has constraints");
                }
            }
        }
        if (!type.isRecord()) {
            for (Field field : type.getDeclaredFields()) {
                if (!constraints(field.getAnnotations()).isEmpty() || field.isAnnotationPresent(Valid.class)
                        || hasTypeUse(field.getAnnotatedType())) {
                    throw new IllegalStateException("field " + field + " of a class that is not a record");
                }
            }
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        for (int index = 0; index < components.length; index++) {
            RecordComponent component = components[index];
            Field field = type.getDeclaredField(component.getName());
            Method accessor = component.getAccessor();
            // A public accessor of an exported type: allowed, and spares the access check on every call (which
            // was most of the read-path checks' time in the profile).
            accessor.setAccessible(true);
            for (Annotation annotation : constraints(field.getAnnotations())) {
                checks.add(check(annotation, field.getType(), accessor, index, component.getName(), false));
            }
            boolean cascade = field.isAnnotationPresent(Valid.class);
            AnnotatedType annotated = field.getAnnotatedType();
            if (annotated instanceof AnnotatedParameterizedType parameterized) {
                Type raw = ((ParameterizedType) parameterized.getType()).getRawType();
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    if (argument.isAnnotationPresent(Valid.class)) {
                        cascade = true;
                    }
                    List<Annotation> elementConstraints = constraints(argument.getAnnotations());
                    if (!elementConstraints.isEmpty() && raw != Optional.class) {
                        throw new IllegalStateException("element constraint on " + field);
                    }
                    for (Annotation annotation : elementConstraints) {
                        checks.add(check(annotation, rawOf(argument.getType()), accessor, index, component.getName(),
                                true));
                    }
                    if (argument instanceof AnnotatedParameterizedType && hasTypeUse(argument)) {
                        throw new IllegalStateException("nested container constraint on " + field);
                    }
                }
            }
            if (cascade) {
                cascaded.add(component.getName());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Check check(Annotation annotation, Class<?> validated, @Nullable Method component, int index,
            @Nullable String property, boolean element) throws ReflectiveOperationException {
        Class<?>[] groups = (Class<?>[]) annotation.annotationType().getMethod("groups").invoke(annotation);
        String template = (String) annotation.annotationType().getMethod("message").invoke(annotation);
        if (groups.length > 0) {
            throw new IllegalStateException(annotation + " has groups");
        }
        if (annotation instanceof Positive || annotation instanceof PositiveOrZero) {
            if (!Number.class.isAssignableFrom(box(validated)) || validated == java.math.BigDecimal.class) {
                throw new IllegalStateException(annotation + " on " + validated);
            }
            return new Check(annotation, template, null, component, index, property, element,
                    annotation instanceof Positive ? Check.POSITIVE : Check.POSITIVE_OR_ZERO, 0);
        }
        if (annotation instanceof Min min) {
            Class<?> boxed = box(validated);
            if (boxed != Integer.class && boxed != Long.class) {
                throw new IllegalStateException(annotation + " on " + validated);
            }
            return new Check(annotation, template, null, component, index, property, element, Check.MIN,
                    min.value());
        }
        Class<? extends ConstraintValidator<?, ?>>[] validators =
                annotation.annotationType().getAnnotation(Constraint.class).validatedBy();
        Class<? extends ConstraintValidator<?, ?>> chosen = null;
        for (Class<? extends ConstraintValidator<?, ?>> candidate : validators) {
            Class<?> target = validatedType(candidate);
            if (target != null && target.isAssignableFrom(box(validated))) {
                if (chosen != null) {
                    throw new IllegalStateException("two validators of " + annotation + " for " + validated);
                }
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no validator of " + annotation + " for " + validated);
        }
        ConstraintValidator<Annotation, Object> validator =
                (ConstraintValidator<Annotation, Object>) chosen.getConstructor().newInstance();
        validator.initialize(annotation);
        return new Check(annotation, template, validator, component, index, property, element, Check.VALIDATOR, 0);
    }

    /** The type a validator validates: the second type argument of its {@code ConstraintValidator}. */
    private static @Nullable Class<?> validatedType(Class<?> validator) {
        for (Type type : validator.getGenericInterfaces()) {
            if (type instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
                return rawOf(p.getActualTypeArguments()[1]);
            }
        }
        return null;
    }

    /** The class, its interfaces and superclasses (Object and Record left out), each once. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        Map<Class<?>, Boolean> all = new LinkedHashMap<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> next = todo.remove(0);
            if (next == Object.class || next == Record.class || next == Enum.class || all.put(next, true) != null) {
                continue;
            }
            todo.addAll(List.of(next.getInterfaces()));
            if (next.getSuperclass() != null) {
                todo.add(next.getSuperclass());
            }
        }
        return new ArrayList<>(all.keySet());
    }

    /** The constraint annotations among these, with repeated ones taken out of their container. */
    private static List<Annotation> constraints(Annotation[] annotations) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.isAnnotationPresent(Constraint.class)) {
                found.add(annotation);
                continue;
            }
            try {
                Method value = kind.getMethod("value");
                if (value.getReturnType().isArray()
                        && value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
                    found.addAll(List.of((Annotation[]) value.invoke(annotation)));
                }
            } catch (NoSuchMethodException e) {
                // not a container of constraints
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static boolean hasTypeUse(AnnotatedType type) {
        if (!constraints(type.getAnnotations()).isEmpty() || type.isAnnotationPresent(Valid.class)) {
            return true;
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                if (hasTypeUse(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether Hibernate Validator's default getter rule would treat the method as a property getter. */
    private static boolean isGetterName(Method method) {
        String name = method.getName();
        Class<?> result = method.getReturnType();
        return (name.startsWith("get") && name.length() > 3 && result != void.class)
                || ((name.startsWith("is") && name.length() > 2 || name.startsWith("has") && name.length() > 3)
                        && (result == boolean.class || result == Boolean.class));
    }

    private static Class<?> rawOf(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == double.class
                ? Double.class : type == float.class ? Float.class : type == short.class ? Short.class
                : type == byte.class ? Byte.class : type == boolean.class ? Boolean.class : Character.class;
    }
}
