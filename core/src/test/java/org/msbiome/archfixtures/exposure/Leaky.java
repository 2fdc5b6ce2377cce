package org.msbiome.archfixtures.exposure;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.msbiome.archfixtures.exposure.internal.Secret;

/**
 * Broken on purpose: public API whose raw types are all public ({@code List}, {@code Map}, {@code Consumer})
 * but whose type arguments expose the internal {@link Secret}. A rule that looks at raw types only passes
 * this class.
 */
public final class Leaky {
    private Leaky() {}

    /** Exposes {@code Secret} as a type argument of the return type. */
    public static List<Secret> secrets() {
        return List.of();
    }

    /** Exposes {@code Secret} in a generic parameter type. */
    public static void accept(Map<String, List<Secret>> secrets) {}

    /** Exposes {@code Secret} in a wildcard bound of a parameter type. */
    public static void visit(Consumer<? super Secret> visitor) {}
}
