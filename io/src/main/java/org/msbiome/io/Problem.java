package org.msbiome.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing that is wrong with a document: where (a JSON Pointer, RFC 6901, into the document, and for
 * syntax errors the line and column), what kind of problem (a stable {@link ProblemCode}), and a message
 * for people.
 *
 * <p>The pointer of the document's root is the empty string; {@code /arms/1/name} is the {@code name}
 * of the second element of {@code arms}.
 *
 * @param pointer the JSON Pointer of the value that has the problem (for a missing property, the pointer
 *     it would have)
 * @param code the kind of problem
 * @param message what is wrong and what was expected
 * @param location the line and column in the text, when known
 * @since 0.1.0
 */
public record Problem(String pointer, ProblemCode code, String message, Optional<TextLocation> location) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /}
     */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("pointer must be empty or start with '/'; JSON Pointer (RFC 6901)");
        }
    }

    /**
     * A problem without a text location.
     *
     * @param pointer the JSON Pointer of the value
     * @param code the kind of problem
     * @param message what is wrong
     * @return the problem
     */
    public static Problem of(String pointer, ProblemCode code, String message) {
        return new Problem(pointer, code, message, Optional.empty());
    }

    /**
     * One line for people: {@code /arms/1/name: [missing-property] ...}, the location at the end when known.
     */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : SafeText.escape(pointer)) + ": [" + code.code() + "] "
                + SafeText.escape(message)
                + location.map(l -> " (" + l + ")").orElse("");
    }
}
