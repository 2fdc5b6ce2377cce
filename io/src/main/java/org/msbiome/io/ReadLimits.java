package org.msbiome.io;

/**
 * Limits that protect a reader from hostile or broken input. Input beyond a limit is reported as a
 * {@link ProblemCode#LIMIT_EXCEEDED} problem, never as an {@code OutOfMemoryError} or
 * {@code StackOverflowError}.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects, from 1 to 1000
 * @param maxStringLength the longest string value or property name, in characters, at least 1
 * @param maxNumberLength the longest number, in characters, at least 1
 * @param maxDocumentLength the longest document (for NDJSON: the longest line), in bytes or characters of
 *     the input, at least 1
 * @since 0.1.0
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {

    /** The deepest nesting that may be configured: the reader's recursion stays well inside a default stack. */
    public static final int MAX_NESTING_DEPTH_CEILING = 1000;

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is out of its range, naming it
     */
    public ReadLimits {
        if (maxNestingDepth < 1 || maxNestingDepth > MAX_NESTING_DEPTH_CEILING) {
            throw new IllegalArgumentException("maxNestingDepth " + maxNestingDepth + " is out of range; expected 1 to "
                    + MAX_NESTING_DEPTH_CEILING);
        }
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("maxStringLength " + maxStringLength + " must be at least 1");
        }
        if (maxNumberLength < 1) {
            throw new IllegalArgumentException("maxNumberLength " + maxNumberLength + " must be at least 1");
        }
        if (maxDocumentLength < 1) {
            throw new IllegalArgumentException("maxDocumentLength " + maxDocumentLength + " must be at least 1");
        }
    }

    /**
     * The defaults: nesting depth 64, strings of 1,000,000 characters, numbers of 100 characters,
     * documents of 16 MiB.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(64, 1_000_000, 100, 16L * 1024 * 1024);
    }

    /** A copy with another nesting depth limit. @param depth the limit @return the copy */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength);
    }

    /** A copy with another string length limit. @param length the limit @return the copy */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength);
    }

    /** A copy with another number length limit. @param length the limit @return the copy */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength);
    }

    /** A copy with another document length limit. @param length the limit @return the copy */
    public ReadLimits withMaxDocumentLength(long length) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, length);
    }
}
