package org.msbiome.examples.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.msbiome.io.Problem;
import org.msbiome.io.TextLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line tool's {@code --format json} output: one compact JSON object per line, each with a
 * {@code type} ({@code problem}, {@code summary}, {@code flag}, {@code study}, {@code pooled},
 * {@code not-pooled}, {@code published}), as described by the JSON Schema
 * {@code org/msbiome/examples/cli/output.schema.json} in this jar. Text values are the input's text as read
 * (JSON escapes what must be escaped); numbers are JSON numbers.
 */
public final class JsonLines {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

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
}
