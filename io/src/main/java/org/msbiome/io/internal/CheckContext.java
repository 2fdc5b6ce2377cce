package org.msbiome.io.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ElementKind;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ConstraintValidatorContext} that the read-path checks ({@link ReadChecks}) hand to a constraint
 * validator: it records the violations the validator builds (message template and property path) the way
 * Hibernate Validator's context does, so that the same validator classes report the same problems on both
 * paths. Every builder (built only for a violation) is a proxy of the Jakarta interface it stands for; a method this class does not
 * know (such as {@code unwrap} to a provider's context) makes the check {@linkplain #unsupported()
 * unsupported}, and the reader then validates the document with Hibernate Validator instead.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
final class CheckContext implements ConstraintValidatorContext {
    /**
     * One node of a property path, as Hibernate Validator's {@code Path.Node}: a property (or the bean itself,
     * {@code name == null}), possibly the element at {@code index} of the iterable before it.
     */
    record Node(@Nullable String name, ElementKind kind, boolean inIterable, @Nullable Integer index) {}

    /** A violation built by a validator: its message template and its path below the validated value. */
    record Built(String template, List<Node> path) {}

    private final String defaultTemplate;
    /** The violations built so far; made on the first (most checks build none). */
    private @Nullable List<Built> built;
    private boolean defaultDisabled;
    private boolean unsupported;

    CheckContext(String defaultTemplate) {
        this.defaultTemplate = defaultTemplate;
    }

    /** The violations of a validator that returned {@code false}, the default one unless it was disabled. */
    List<Built> violations() {
        List<Built> all = new ArrayList<>();
        if (!defaultDisabled) {
            all.add(new Built(defaultTemplate, List.of()));
        }
        if (built != null) {
            all.addAll(built);
        }
        return all;
    }

    /** Whether the validator used a part of the context that is not reproduced here. */
    boolean unsupported() {
        return unsupported;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return defaultTemplate;
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        return (ConstraintViolationBuilder) builder(ConstraintViolationBuilder.class, new Path(messageTemplate));
    }

    @Override
    public ClockProvider getClockProvider() {
        unsupported = true;
        throw new UnsupportedOperationException("getClockProvider");
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        unsupported = true;
        throw new UnsupportedOperationException("unwrap");
    }

    /** A violation under construction: the nodes so far, the last one still open to {@code inIterable}. */
    private final class Path {
        final String template;
        final List<Node> nodes = new ArrayList<>();

        Path(String template) {
            this.template = template;
        }

        void add(@Nullable String name, ElementKind kind) {
            nodes.add(new Node(name, kind, false, null));
        }

        void inIterable() {
            Node last = nodes.remove(nodes.size() - 1);
            nodes.add(new Node(last.name(), last.kind(), true, last.index()));
        }

        void atIndex(@Nullable Integer index) {
            Node last = nodes.remove(nodes.size() - 1);
            nodes.add(new Node(last.name(), last.kind(), last.inIterable(), index));
        }
    }

    private Object builder(Class<?> type, Path path) {
        return Proxy.newProxyInstance(CheckContext.class.getClassLoader(), new Class<?>[] {type},
                (InvocationHandler) (self, method, args) -> {
                    switch (method.getName()) {
                        case "addPropertyNode":
                            path.add((String) args[0], ElementKind.PROPERTY);
                            return builder(method.getReturnType(), path);
                        case "addBeanNode":
                            path.add(null, ElementKind.BEAN);
                            return builder(method.getReturnType(), path);
                        case "inIterable":
                            path.inIterable();
                            return builder(method.getReturnType(), path);
                        case "atIndex":
                            path.atIndex((Integer) args[0]);
                            return builder(method.getReturnType(), path);
                        case "addConstraintViolation":
                            if (built == null) {
                                built = new ArrayList<>();
                            }
                            built.add(new Built(path.template, List.copyOf(path.nodes)));
                            return CheckContext.this;
                        default:
                            return objectMethod(self, method, args);
                    }
                });
    }

    private @Nullable Object objectMethod(Object self, Method method, Object @Nullable [] args) {
        switch (method.getName()) {
            case "equals":
                return args != null && self == args[0];
            case "hashCode":
                return System.identityHashCode(self);
            case "toString":
                return "CheckContext";
            default:
                // Keys, container elements, parameters, clock, unwrap: not used by msbiome's validators; the
                // reader falls back to Hibernate Validator for the document.
                unsupported = true;
                throw new UnsupportedOperationException(method.getName());
        }
    }
}
