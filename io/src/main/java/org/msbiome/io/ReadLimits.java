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
 * @param maxValues the most values in one document, at least 1: every object, array, string, number,
 *     boolean and null counts one, and so does every property name (a property holds a name and a value), so
 *     that a document of many small values cannot take more memory than the reader promises
 * @since 0.1.0
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength,
        long maxValues) {

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
        if (maxValues < 1) {
            throw new IllegalArgumentException("maxValues " + maxValues + " must be at least 1");
        }
    }

    /**
     * The defaults: nesting depth 64, strings of 1,000,000 characters, numbers of 100 characters,
     * documents of 16 MiB, 500,000 values (a property counts two: its name and its value; a document of
     * 500,000 values is read in well under 64 MiB of heap).
     */
    public static ReadLimits defaults() {
        return new ReadLimits(64, 1_000_000, 100, 16L * 1024 * 1024, 500_000);
    }

    /** A copy with another nesting depth limit. @param depth the limit @return the copy */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength, maxValues);
    }

    /** A copy with another string length limit. @param length the limit @return the copy */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength, maxValues);
    }

    /** A copy with another number length limit. @param length the limit @return the copy */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength, maxValues);
    }

    /** A copy with another document length limit. @param length the limit @return the copy */
    public ReadLimits withMaxDocumentLength(long length) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, length, maxValues);
    }

    /**
     * A copy with another limit on the number of values.
     *
     * @param count the limit
     * @return the copy
     * @since 0.1.0
     */
    public ReadLimits withMaxValues(long count) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, count);
    }
}
