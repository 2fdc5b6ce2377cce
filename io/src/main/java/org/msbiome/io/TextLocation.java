package org.msbiome.io;

/**
 * A position in the text of a document: line and column, both counted from 1.
 *
 * @param line the line, from 1 (for NDJSON input, the line of the stream)
 * @param column the column, from 1
 * @since 0.1.0
 */
public record TextLocation(long line, long column) {
    /**
     * Checks the position.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
     */
    public TextLocation {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "text location " + line + ":" + column + " is not valid; line and column count from 1");
        }
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
