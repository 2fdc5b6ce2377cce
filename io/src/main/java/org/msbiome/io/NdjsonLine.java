package org.msbiome.io;

import java.util.Objects;

/**
 * The result of one line of an NDJSON stream.
 *
 * @param lineNumber the line's number in the stream, from 1
 * @param result the value of the line's document, or its problems
 * @param <T> the document kind's type
 * @since 0.1.0
 */
public record NdjsonLine<T>(long lineNumber, ReadResult<T> result) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code lineNumber} is less than 1
     * @throws NullPointerException if {@code result} is null
     */
    public NdjsonLine {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("line number " + lineNumber + " must be at least 1");
        }
        Objects.requireNonNull(result, "result");
    }
}
