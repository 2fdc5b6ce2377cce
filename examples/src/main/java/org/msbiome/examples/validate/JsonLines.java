package org.msbiome.examples.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.Problem;
import org.msbiome.io.SafeText;
import org.msbiome.io.TextLocation;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line tool's {@code --format json} output: one compact JSON object per line, each with a
 * {@code type} ({@code problem}, {@code summary}, {@code flag}, {@code study}, {@code pooled},
 * {@code not-pooled}, {@code published}), as described by the JSON Schema
 * {@code org/msbiome/examples/cli/output.schema.json} in this jar. Text values are the input's text as read;
 * numbers are JSON numbers. Besides what JSON must escape, every character that {@link SafeText} escapes for a
 * terminal (DEL, C1 controls, line and paragraph separators, bidirectional formatting characters) is written as a
 * JSON {@code \}{@code uXXXX} escape, so that a line printed on a terminal cannot control it, and reads back as
 * the same text.
 */
public final class JsonLines {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new TerminalEscapes()).build()).build();

    private JsonLines() {}

    /**
     * One object as one line, its fields in the given order; absent optional values are left out.
     *
     * @param fields the fields; a value may be a string, number, boolean or {@link Optional}
     * @return the line
     */
    public static String line(Map<String, ?> fields) {
        Map<String, Object> present = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v instanceof Optional<?> o) {
                o.ifPresent(x -> present.put(k, x));
            } else if (v != null) {
                present.put(k, v);
            }
        });
        return MAPPER.writeValueAsString(present);
    }

    /**
     * Any value as one line of compact JSON, escaped as {@link #line} escapes: a {@code null} is written as
     * {@code null}.
     *
     * @param value a map, list, string, number, boolean or null
     * @return the line
     */
    public static String value(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * One object from keys and values in turn, in that order: {@code ordered("type", "flag", "file", f)}.
     *
     * @param keysAndValues a key, its value, the next key ...
     * @return the line
     */
    public static String ordered(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return line(fields);
    }

    /**
     * A problem: {@code file}, {@code line} and {@code column} where known (the stream's line for NDJSON),
     * {@code pointer}, {@code code}, {@code message}.
     *
     * @param file the file, or {@code <stdin>}
     * @param ndjsonLine the NDJSON line, for a stream
     * @param problem the problem
     * @return the line
     */
    public static String problem(String file, Optional<Long> ndjsonLine, Problem problem) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "problem");
        fields.put("file", file);
        Optional<TextLocation> location = problem.location();
        if (ndjsonLine.isPresent()) {
            fields.put("line", ndjsonLine.get());
            location.ifPresent(l -> fields.put("column", l.column()));
        } else {
            location.ifPresent(l -> {
                fields.put("line", l.line());
                fields.put("column", l.column());
            });
        }
        fields.put("pointer", problem.pointer());
        fields.put("code", problem.code().code());
        fields.put("message", problem.message());
        return line(fields);
    }

    /** JSON's escapes, and {@code \}{@code uXXXX} for every other character {@link SafeText} escapes. */
    private static final class TerminalEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            // JSON writes a character at a time: a surrogate's pair is not seen here, and stays as it is
            if (Character.isSurrogate((char) ch) || !SafeText.mustEscape(String.valueOf((char) ch), 0)) {
                return null;
            }
            return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
        }
    }
}
