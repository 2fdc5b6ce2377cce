package org.msbiome.io.bugsigdb;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One line of the loss report of a BugSigDB import: a field that was not mapped as written.
 *
 * @param kind what happened to the field
 * @param row the data row (1 for the first row after the header); 0 for the comment line and the header
 * @param line the line of the file where the row starts (1 for the comment line)
 * @param column the column's header name, or {@code "(comment line)"}, {@code "(header)"}
 * @param value the value as written, if there is one
 * @param reason why, in words
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record BugSigDbIssue(Kind kind, long row, long line, String column, Optional<String> value, String reason) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a position is negative, or the column or reason is blank
     */
    public BugSigDbIssue {
        Objects.requireNonNull(kind, "kind");
        if (row < 0 || line < 0) {
            throw new IllegalArgumentException("row and line must not be negative; got " + row + ", " + line);
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (column.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("column and reason must not be blank");
        }
    }

    /**
     * The issue as one line: {@code row 3 (line 5), MetaPhlAn taxon names: rejected: 'x': reason}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "row " + row + " (line " + line + "), " + column + ": " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + value.map(v -> Row.quote(v) + ": ").orElse("") + reason;
    }

    /**
     * What happened to a field.
     *
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public enum Kind {
        /** The value was read, but part of its meaning was inferred (e.g. a second {@code s__} level read as a subspecies). */
        INFERRED,
        /** The value could not be accepted; the value it would have filled stays absent or the entry is left out. */
        REJECTED,
        /** The column is not one the importer knows; its values are not mapped. */
        UNMAPPED,
        /** A column the importer expects is not in the header. */
        MISSING
    }
}
