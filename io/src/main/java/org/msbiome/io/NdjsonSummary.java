package org.msbiome.io;

/**
 * How many lines of an NDJSON stream were read so far, and how many of them were good and bad. Every
 * line that is not blank is counted: nothing is skipped silently. A blank line (empty, or only spaces, tabs
 * and carriage returns) holds no document, and is not counted.
 *
 * @param good lines whose document was read without problems
 * @param bad lines with problems (including lines over the size limit)
 * @since 0.1.0
 */
public record NdjsonSummary(long good, long bad) {
    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public NdjsonSummary {
        if (good < 0 || bad < 0) {
            throw new IllegalArgumentException("counts must not be negative: good " + good + ", bad " + bad);
        }
    }

    /** All lines read: {@code good + bad}. @return the number of lines */
    public long lines() {
        return good + bad;
    }

    @Override
    public String toString() {
        return lines() + " lines: " + good + " good, " + bad + " bad";
    }
}
