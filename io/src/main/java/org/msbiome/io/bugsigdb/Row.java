package org.msbiome.io.bugsigdb;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.msbiome.io.SafeText;
import org.msbiome.io.internal.TextPolicy;

/** One data row of the export, read by header name; records what it maps and what it cannot. */
final class Row {
    static final String NA = "NA";

    private final String[] values;
    private final Map<String, Integer> index;
    private final Accounting accounting;
    final long number;
    final long line;

    Row(String[] values, Map<String, Integer> index, Accounting accounting, long number, long line) {
        this.values = values;
        this.index = index;
        this.accounting = accounting;
        this.number = number;
        this.line = line;
    }

    /** The value as written, or empty if the column is not in the header or the row is short. */
    Optional<String> raw(String column) {
        Integer i = index.get(column);
        return i == null || i >= values.length ? Optional.empty() : Optional.of(values[i]);
    }

    /**
     * The value, empty for "NA", an empty field or a column the export lacks; counts it as mapped. A value that
     * is not curated text (a control character other than a line break or tab, an unpaired surrogate: core
     * refuses it, WIRE-FORMAT.md, Free text) is reported as rejected and left absent.
     */
    Optional<String> text(String column) {
        Optional<String> raw = raw(column);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String v = raw.get().strip();
        if (v.isEmpty() || v.equals(NA)) {
            accounting.mapped(column);
            return Optional.empty();
        }
        if (!TextPolicy.isCuratedText(v)) {
            reject(column, v, "has a control character other than a line break or tab, or an unpaired surrogate;"
                    + " curated text may hold line breaks and tabs only (WIRE-FORMAT.md, Free text)");
            return Optional.empty();
        }
        accounting.mapped(column);
        return Optional.of(v);
    }

    /**
     * The value as {@link #text(String)} gives it, if it is free text: core refuses control characters and
     * unpaired surrogates in names and definitions (WIRE-FORMAT.md, Free text), so such a value is reported as
     * rejected and left absent.
     */
    Optional<String> freeText(String column) {
        Optional<String> text = text(column);
        if (text.isPresent() && !TextPolicy.isFreeText(text.get())) {
            reject(column, text.get(), "has a control character or an unpaired surrogate; free text is one line"
                    + " without control characters (WIRE-FORMAT.md, Free text)");
            return Optional.empty();
        }
        return text;
    }

    /** The value read by {@code parser}; a value it refuses is reported as rejected and left absent. */
    <T> Optional<T> parsed(String column, Function<String, T> parser) {
        Optional<String> raw = raw(column);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String v = raw.get().strip();
        if (v.isEmpty() || v.equals(NA)) {
            accounting.mapped(column);
            return Optional.empty();
        }
        try {
            T value = parser.apply(v);
            accounting.mapped(column);
            return Optional.of(value);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            reject(column, v, e.getMessage() == null ? "not readable" : e.getMessage());
            return Optional.empty();
        }
    }

    // A reason is printed: escaped like every text from input (a parser's message may quote the value).
    void reject(String column, String value, String reason) {
        accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.REJECTED, number, line, column, Optional.of(value),
                SafeText.escape(reason)));
    }

    void infer(String column, String value, String reason) {
        accounting.issue(new BugSigDbIssue(BugSigDbIssue.Kind.INFERRED, number, line, column, Optional.of(value),
                SafeText.escape(reason)));
    }

    /** The text in single quotes, control characters escaped, cut after 200 characters. */
    static String quote(String s) {
        String text = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return "'" + SafeText.escape(text) + "'";
    }
}
