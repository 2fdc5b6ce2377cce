package org.msbiome.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ReadResult#orElseThrow()} when a document has problems; carries all of them.
 *
 * @since 0.1.0
 */
public final class InvalidDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems, in document order as far as they are known; never empty. */
    private final List<Problem> problems;

    /**
     * An exception for the given problems.
     *
     * @param problems the problems of the document; not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidDocumentException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** All problems of the document, never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
