package org.msbiome.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a document: either a {@link Valid} value, or {@link Invalid} with every problem
 * found. There is no third case and never a partly valid value.
 *
 * <pre>{@code
 * ReadResult<Formulation> result = MsbiomeJson.reader().read(path, Formulation.class);
 * if (result instanceof ReadResult.Valid<Formulation> valid) {
 *     use(valid.value());
 * } else {
 *     result.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @param <T> the type that was asked for
 * @since 0.1.0
 */
public sealed interface ReadResult<T> permits ReadResult.Valid, ReadResult.Invalid {

    /** Whether the document was read without problems. */
    boolean isValid();

    /** The problems of the document: empty when it is valid, otherwise all of them. */
    List<Problem> problems();

    /** The value when the document is valid, otherwise empty. */
    Optional<T> toOptional();

    /**
     * The value.
     *
     * @return the value of a valid document
     * @throws InvalidDocumentException if the document has problems; it carries all of them
     */
    T orElseThrow();

    /**
     * A document without problems, and its value (validated with Bean Validation).
     *
     * @param value the value
     * @param <T> the type that was asked for
     * @since 0.1.0
     */
    record Valid<T>(T value) implements ReadResult<T> {
        /**
         * Checks the value.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.of(value);
        }

        @Override
        public T orElseThrow() {
            return value;
        }
    }

    /**
     * A document with problems, all of them.
     *
     * @param problems the problems; never empty
     * @param <T> the type that was asked for
     * @since 0.1.0
     */
    record Invalid<T>(List<Problem> problems) implements ReadResult<T> {
        /**
         * Checks the problems.
         *
         * @throws NullPointerException if {@code problems} is or contains null
         * @throws IllegalArgumentException if {@code problems} is empty
         */
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid document has at least one problem");
            }
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.empty();
        }

        @Override
        public T orElseThrow() {
            throw new InvalidDocumentException(problems);
        }
    }
}
