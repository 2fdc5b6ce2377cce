package org.msbiome.io.internal;

import jakarta.validation.ElementKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import tools.jackson.databind.JsonNode;

/**
 * Bean Validation on the read path: the constraints of each value are checked when the codecs build it,
 * where its JSON Pointer is known, by the same constraint validators Hibernate Validator runs, with the same
 * messages; the reader then needs no reflective pass over the bound value.
 *
 * <p>The reader uses these checks for a document only when they give exactly what Hibernate Validator would
 * ({@link #covers}, {@link #usable}): every value the document's codecs build is a record (or a sealed
 * interface's variant) whose constraints {@link ConstraintPlan} can run, every component through which a
 * constrained value can be reached cascades with {@code @Valid}, messages come from msbiome's
 * {@code ContributorValidationMessages} (no application {@code ValidationMessages} bundle overrides them) and the
 * default locale is English (Hibernate Validator's built-in messages are translated). Otherwise, and for any
 * document where a check uses what this class does not reproduce, the reader validates the bound value with
 * {@code MsbiomeValidation.validator()} as before. {@code ReadPathValidationAgreementTest} proves the two
 * paths give the same problems.
 *
 * <p>A new document kind joins by itself: its records' constraint annotations are read here on first use.
 * It stays on the reflective path only if it has a constraint listed as unsupported in
 * {@link ConstraintPlan}, or a constrained value reached through a component without {@code @Valid} (which
 * Hibernate Validator would not check); {@code ReadPathValidationAgreementTest.everyKindButTheProfileIsCovered}
 * lists which kinds are covered.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ReadChecks {
    /** Hibernate Validator's English messages of the built-in constraints the read path runs. */
    private static final Map<String, String> BUILT_IN_MESSAGES = Map.of(
            "jakarta.validation.constraints.Min.message", "must be greater than or equal to {value}",
            "jakarta.validation.constraints.Positive.message", "must be greater than 0",
            "jakarta.validation.constraints.PositiveOrZero.message", "must be greater than or equal to 0");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final Map<Codec<?>, Boolean> covered = new ConcurrentHashMap<>();
    private final Map<String, String> messages;
    private final boolean overridden;

    private ReadChecks(Map<String, String> messages, boolean overridden) {
        this.messages = messages;
        this.overridden = overridden;
    }

    /** The shared checks, with msbiome's messages read from the class path on first use. */
    public static ReadChecks shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final ReadChecks SHARED = load();
    }

    private static ReadChecks load() {
        Map<String, String> messages = new HashMap<>();
        ClassLoader core = MsbiomeValidation.class.getClassLoader();
        try {
            Enumeration<URL> files = core == null ? ClassLoader.getSystemResources(CONTRIBUTED)
                    : core.getResources(CONTRIBUTED);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    PropertyResourceBundle bundle = new PropertyResourceBundle(in);
                    for (String key : bundle.keySet()) {
                        messages.putIfAbsent(key, bundle.getString(key));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadChecks(Map.copyOf(messages), applicationBundle());
    }

    private static final String CONTRIBUTED = "ContributorValidationMessages.properties";

    /** Whether the application has a {@code ValidationMessages} bundle, whose messages take precedence. */
    private static boolean applicationBundle() {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(Thread.currentThread().getContextClassLoader());
        loaders.add(ClassLoader.getSystemClassLoader());
        loaders.add(MsbiomeValidation.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            if (loader != null && loader.getResource("ValidationMessages.properties") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the read path gives Hibernate Validator's messages in this JVM now: English default locale and
     * no application message bundle.
     */
    public boolean usable() {
        String language = Locale.getDefault().getLanguage();
        return !overridden && (language.isEmpty() || language.equals("en"));
    }

    /** Whether every value that the codec can build is checked on the read path as Bean Validation would. */
    public boolean covers(Codec<?> root) {
        return covered.computeIfAbsent(root, ReadChecks::computeCovers);
    }

    private static boolean computeCovers(Codec<?> root) {
        for (Codec<?> codec : reachable(root)) {
            if (!locallyCovered(codec)) {
                return false;
            }
        }
        return true;
    }

    private static boolean locallyCovered(Codec<?> codec) {
        if (codec instanceof RecordCodec<?> record) {
            ConstraintPlan plan = ConstraintPlan.of(record.javaType());
            if (!plan.supported()) {
                return false;
            }
            for (RecordCodec.Field field : record.fields()) {
                if (!plan.cascades(field.accessor().getName()) && reachesConstraint(field.codec())) {
                    return false;
                }
            }
            return true;
        }
        if (codec instanceof MapCodec<?, ?> map) {
            return !reachesConstraint(map.valueCodec());
        }
        return codec instanceof UnionCodec<?> || codec instanceof CollectionCodec<?> || !ownConstraints(codec);
    }

    /** Whether values of this codec's own type have constraints (or may have: an unknown codec). */
    private static boolean ownConstraints(Codec<?> codec) {
        if (codec instanceof RecordCodec<?> || codec instanceof MappedCodec<?, ?>) {
            ConstraintPlan plan = ConstraintPlan.of(codec.javaType());
            return !plan.supported() || plan.checkArray().length > 0;
        }
        if (codec instanceof UnionCodec<?> || codec instanceof CollectionCodec<?> || codec instanceof MapCodec<?, ?>) {
            return false;
        }
        return !(codec instanceof ScalarCodec<?> || codec instanceof EnumCodec<?>);
    }

    private static boolean reachesConstraint(Codec<?> codec) {
        for (Codec<?> reached : reachable(codec)) {
            if (ownConstraints(reached)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Codec<?>> reachable(Codec<?> root) {
        Set<Codec<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Codec<?>> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Codec<?> codec = todo.remove(todo.size() - 1);
            if (!seen.add(codec)) {
                continue;
            }
            if (codec instanceof RecordCodec<?> record) {
                record.fields().forEach(f -> todo.add(f.codec()));
            } else if (codec instanceof UnionCodec<?> union) {
                todo.addAll(union.variants());
            } else if (codec instanceof CollectionCodec<?> collection) {
                todo.add(collection.element());
            } else if (codec instanceof MapCodec<?, ?> map) {
                todo.add(map.valueCodec());
            } else if (codec instanceof MappedCodec<?, ?> mapped) {
                todo.add(mapped.wire());
            }
        }
        return seen;
    }

    /**
     * Runs the constraints of a value the codecs have just built at {@code at} from {@code json}, adding each
     * violation to {@code problems}; gives up (and the reader validates with Hibernate Validator) when a
     * check needs what this class does not reproduce.
     */
    void check(Object value, Codec<?> codec, Pointer at, JsonNode json, Problems problems) {
        RecordCodec<?> record = recordCodec(value, codec);
        ConstraintPlan plan = record != null ? record.plan() : ConstraintPlan.of(value.getClass());
        if (!plan.supported()) {
            problems.checksIncomplete();
            return;
        }
        for (ConstraintPlan.Check check : plan.checkArray()) {
            List<CheckContext.Built> violations = violations(check, value, record);
            if (violations == UNSUPPORTED) {
                problems.checksIncomplete();
                return;
            }
            if (violations.isEmpty()) {
                continue;
            }
            Set<Problem> reported = new LinkedHashSet<>();
            for (CheckContext.Built built : violations) {
                List<CheckContext.Node> path = built.path();
                if (check.property() != null) {
                    path = new ArrayList<>(path);
                    path.add(0, new CheckContext.Node(check.property(), ElementKind.PROPERTY, false, null));
                }
                Pointer pointer = pointerOf(value, codec, at, json, path);
                String message = message(built.template(), check.annotation());
                if (pointer == null || message == null) {
                    problems.checksIncomplete();
                    return;
                }
                reported.add(Problem.of(pointer.toString(), ProblemCode.CONSTRAINT_VIOLATION, message));
            }
            reported.forEach(problems::checked);
        }
    }

    /**
     * Whether a value that is being written satisfies its own constraints, as {@link #check} would find when
     * the value is read back: false for a violation, and for a check that cannot be run here (then only
     * reading the document back tells).
     */
    public boolean passes(Object value, Codec<?> codec) {
        // The record codec keeps its class's plan: no look-up by class per value (a tenth of a write's time).
        RecordCodec<?> record = recordCodec(value, codec);
        return passes(value, record != null ? record.plan() : ConstraintPlan.of(value.getClass()), record);
    }

    /** {@link #passes(Object, Codec)}, with the plan of the value's class, and its record codec if known. */
    boolean passes(Object value, ConstraintPlan plan, @Nullable RecordCodec<?> record) {
        if (!plan.supported()) {
            return false;
        }
        for (ConstraintPlan.Check check : plan.checkArray()) {
            if (!violations(check, value, record).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The record's own codec, which reads components through its method handles once in steady use. */
    private static @Nullable RecordCodec<?> recordCodec(Object value, Codec<?> codec) {
        return codec instanceof RecordCodec<?> r && r.javaType() == value.getClass() ? r : null;
    }

    /** What {@link #violations} gives for a check that cannot be run as Hibernate Validator runs it. */
    private static final List<CheckContext.Built> UNSUPPORTED = List.of(new CheckContext.Built("", List.of()));

    /** The violations of one check of a value: none, or {@link #UNSUPPORTED} (compared by identity). */
    private static List<CheckContext.Built> violations(ConstraintPlan.Check check, Object value,
            @Nullable RecordCodec<?> record) {
        Object target = value;
        if (check.component() != null) {
            target = record != null ? record.component(value, check.index()) : component(check.component(), value);
            if (check.element()) {
                target = ((Optional<?>) target).orElse(null);
            }
        }
        if (check.validator() == null) {
            if (target == null) {
                return List.of();
            }
            if (target instanceof Double d && d.isNaN() || target instanceof Float f && f.isNaN()) {
                return UNSUPPORTED;
            }
            return check.builtInHolds((Number) target) ? List.of()
                    : List.of(new CheckContext.Built(check.template(), List.of()));
        }
        CheckContext context = new CheckContext(check.template());
        boolean valid;
        try {
            valid = check.validator().isValid(target, context);
        } catch (UnsupportedOperationException e) {
            return UNSUPPORTED;
        }
        if (context.unsupported()) {
            return UNSUPPORTED;
        }
        return valid ? List.of() : context.violations();
    }

    private static @Nullable Object component(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e.getCause());
        }
    }

    /**
     * The message of a template as Hibernate Validator's {@code ParameterMessageInterpolator} makes it: message
     * keys resolved from the bundles, then the constraint's attributes; {@code null} for a template it would
     * treat in a way not reproduced here (escapes, expressions, unknown keys).
     */
    private @Nullable String message(String template, Annotation annotation) {
        if (template.indexOf('\\') >= 0 || template.indexOf('$') >= 0) {
            return null;
        }
        // Message keys first (a resolved message may hold attribute placeholders, like {value}), then attributes.
        String resolved = replace(template, key -> {
            String message = messages.get(key);
            return message != null ? message : BUILT_IN_MESSAGES.get(key);
        }, true);
        if (resolved == null) {
            return null;
        }
        return replace(resolved, name -> {
            try {
                Method attribute = annotation.annotationType().getMethod(name);
                Object v = attribute.invoke(annotation);
                return v.getClass().isArray() ? null : String.valueOf(v);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }, false);
    }

    private static @Nullable String replace(String text, java.util.function.Function<String, @Nullable String> values,
            boolean placeholdersInValues) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            if (value == null || !placeholdersInValues && value.indexOf('{') >= 0) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The pointer of a violation's path below a value, walked as {@link ViolationPointers} walks Hibernate
     * Validator's paths; {@code null} where that walk would leave part of the path unresolved.
     */
    private static @Nullable Pointer pointerOf(Object root, Codec<?> codec, Pointer at, JsonNode json,
            List<CheckContext.Node> path) {
        Object value = root;
        Codec<?> current = codec;
        @Nullable JsonNode node = json;
        for (CheckContext.Node step : path) {
            if (step.inIterable()) {
                if (!(current instanceof CollectionCodec<?> collection) || node == null) {
                    return null;
                }
                Integer index = step.index();
                if (index == null || !(value instanceof List<?> list) || index < 0 || index >= list.size()
                        || index >= node.size()) {
                    return null;
                }
                value = list.get(index);
                at = at.index(index);
                node = node.get(index);
                current = collection.element();
            }
            if (step.kind() == ElementKind.PROPERTY && step.name() != null) {
                RecordCodec<?> record = ViolationPointers.recordOf(current, value);
                RecordCodec.Field field = record == null ? null : record.field(step.name());
                if (field == null) {
                    return null;
                }
                value = RecordAccess.get(field, value);
                if (value instanceof Optional<?> optional) {
                    value = optional.orElse(null);
                }
                at = at.property(field.name());
                node = node == null ? null : node.get(field.name());
                current = field.codec();
                if (value == null) {
                    break;
                }
            }
        }
        return at;
    }
}
