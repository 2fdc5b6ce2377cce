package org.msbiome.io.biom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads BIOM 1.0 JSON. */
final class BiomJsonReader {
    // Decimals stay exact, so that a value beyond the range of a double (1e400) is refused as written rather
    // than read as Infinity, and one below it (1e-400) is refused rather than read as 0 (issue #18, D15).
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Set<String> NOTED = Set.of("id", "format", "format_url", "type", "generated_by", "date",
            "comment");

    private BiomJsonReader() {}

    static ProfileImport read(String json, @Nullable ProfileMeasurement measurement) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.SYNTAX,
                    "not well-formed JSON: " + e.getOriginalMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.WRONG_TYPE,
                    "expected a JSON object: a BIOM 1.0 table")));
        }
        List<String> notes = new ArrayList<>();
        for (String name : root.propertyNames()) {
            if (NOTED.contains(name)) {
                JsonNode v = root.get(name);
                notes.add("/" + name + " " + Quote.of(v.isString() ? v.stringValue() : v.toString())
                        + ": table-level field, not part of the profile");
            } else if (!Set.of("rows", "columns", "matrix_type", "matrix_element_type", "shape", "data").contains(name)) {
                problems.add(Problem.of("/" + name, ProblemCode.UNKNOWN_PROPERTY,
                        "unknown BIOM 1.0 field " + Quote.of(name)));
            }
        }
        String matrixType = text(root, "matrix_type", problems);
        String elementType = text(root, "matrix_element_type", problems);
        if (matrixType != null && !matrixType.equals("sparse") && !matrixType.equals("dense")) {
            problems.add(Problem.of("/matrix_type", ProblemCode.UNKNOWN_CODE, "unknown matrix type "
                    + Quote.of(matrixType) + "; expected 'sparse' or 'dense'"));
        }
        if (elementType != null && !Set.of("int", "float", "unicode").contains(elementType)) {
            problems.add(Problem.of("/matrix_element_type", ProblemCode.UNKNOWN_CODE, "unknown element type "
                    + Quote.of(elementType) + "; expected 'int' or 'float'"));
        } else if ("unicode".equals(elementType)) {
            problems.add(Problem.of("/matrix_element_type", ProblemCode.INVALID_VALUE,
                    "a 'unicode' matrix holds text, not abundances"));
        }
        List<Feature> features = new ArrayList<>();
        List<String> featureIds = axis(root, "rows", problems, (id, md, at) -> features.add(feature(id, md, at, notes)));
        TableAssembler table = new TableAssembler();
        List<String> sampleIds = axis(root, "columns", problems, (id, md, at) -> table.samples.add(
                TableAssembler.sample(id, md == null ? Map.of() : metadata(md, at, problems))));
        JsonNode shape = root.get("shape");
        int rows = featureIds.size();
        int cols = sampleIds.size();
        if (shape == null || !shape.isArray() || shape.size() != 2 || !index(shape.get(0)) || !index(shape.get(1))) {
            problems.add(Problem.of("/shape", ProblemCode.INVALID_VALUE, "shape must be [rows, columns]"));
        } else if (shape.get(0).longValue() != rows || shape.get(1).longValue() != cols) {
            problems.add(Problem.of("/shape", ProblemCode.INVALID_VALUE, "shape " + shape + " does not match the "
                    + rows + " rows and " + cols + " columns"));
        }
        table.features.addAll(features);
        JsonNode data = root.get("data");
        if (data == null || !data.isArray()) {
            problems.add(Problem.of("/data", ProblemCode.MISSING_PROPERTY, "data must be an array"));
        } else if ("sparse".equals(matrixType)) {
            for (int i = 0; i < data.size(); i++) {
                JsonNode t = data.get(i);
                String at = "/data/" + i;
                if (!t.isArray() || t.size() != 3 || !t.get(0).isIntegralNumber() || !t.get(1).isIntegralNumber()
                        || !t.get(2).isNumber()) {
                    problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, "expected [row, column, value]"));
                    continue;
                }
                // an index beyond the long range (2^63) is out of range too, not an exception from longValue()
                long r = index(t.get(0)) ? t.get(0).longValue() : -1;
                long c = index(t.get(1)) ? t.get(1).longValue() : -1;
                if (r < 0 || r >= rows || c < 0 || c >= cols) {
                    problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, "index [" + shortNumber(t.get(0))
                            + ", " + shortNumber(t.get(1)) + "] is out of range for shape [" + rows + ", " + cols + "]"));
                    continue;
                }
                Double value = value(t.get(2), at, problems);
                if (value != null) {
                    table.add((int) c, (int) r, value, at, problems);
                }
            }
        } else if ("dense".equals(matrixType)) {
            if (data.size() != rows) {
                problems.add(Problem.of("/data", ProblemCode.INVALID_VALUE, "a dense matrix of " + rows
                        + " rows has " + data.size()));
            }
            for (int r = 0; r < Math.min(rows, data.size()); r++) {
                JsonNode row = data.get(r);
                if (!row.isArray() || row.size() != cols) {
                    problems.add(Problem.of("/data/" + r, ProblemCode.INVALID_VALUE, "expected " + cols + " values"));
                    continue;
                }
                for (int c = 0; c < cols; c++) {
                    if (!row.get(c).isNumber()) {
                        problems.add(Problem.of("/data/" + r + "/" + c, ProblemCode.WRONG_TYPE, "expected a number"));
                    } else {
                        String at = "/data/" + r + "/" + c;
                        Double value = value(row.get(c), at, problems);
                        if (value != null) {
                            table.add(c, r, value, at, problems);
                        }
                    }
                }
            }
        }
        return table.build("int".equals(elementType), "matrix_element_type int", measurement, problems, notes);
    }

    /** A number for a message: as it is, or quoted and cut when long (a number may have 1,000 digits). */
    private static String shortNumber(JsonNode n) {
        String text = n.toString();
        return text.length() <= 40 ? text : Quote.of(text);
    }

    private static boolean index(JsonNode n) {
        return n.isIntegralNumber() && n.canConvertToLong();
    }

    /** A value as a double; one beyond the range of a double, or one a double would make 0, is a problem. */
    private static @Nullable Double value(JsonNode n, String at, List<Problem> problems) {
        java.math.BigDecimal exact = n.decimalValue();
        double d = exact.doubleValue();
        if (Double.isInfinite(d) || d == 0 && exact.signum() != 0) {
            problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, "value " + Quote.of(n.toString())
                    + " is beyond the range of a double (about 4.9e-324 to 1.8e308)"));
            return null;
        }
        return d;
    }

    private interface AxisEntry {
        void accept(String id, @Nullable JsonNode metadata, String at);
    }

    private static List<String> axis(JsonNode root, String name, List<Problem> problems, AxisEntry each) {
        JsonNode list = root.get(name);
        List<String> ids = new ArrayList<>();
        if (list == null || !list.isArray()) {
            problems.add(Problem.of("/" + name, ProblemCode.MISSING_PROPERTY, name + " must be an array"));
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = "/" + name + "/" + i;
            JsonNode id = entry.get("id");
            if (id == null || !id.isString() || id.stringValue().isBlank()) {
                problems.add(Problem.of(at + "/id", ProblemCode.MISSING_PROPERTY, "an ID is required"));
                ids.add("");
                continue;
            }
            for (String p : entry.propertyNames()) {
                if (!p.equals("id") && !p.equals("metadata")) {
                    problems.add(Problem.of(at + "/" + p, ProblemCode.UNKNOWN_PROPERTY, "unknown field " + Quote.of(p)));
                }
            }
            JsonNode md = entry.get("metadata");
            ids.add(id.stringValue());
            try {
                each.accept(id.stringValue(), md == null || md.isNull() ? null : md, at + "/metadata");
            } catch (IllegalArgumentException e) {
                // core refuses what is not free text (a control character in an ID, a lineage or metadata)
                problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, String.valueOf(e.getMessage())));
            }
        }
        return ids;
    }

    private static Feature feature(String id, @Nullable JsonNode metadata, String at, List<String> notes) {
        if (metadata == null) {
            return Feature.of(id);
        }
        for (String key : metadata.propertyNames()) {
            if (!key.equals("taxonomy")) {
                notes.add(at + "/" + key + ": observation metadata other than taxonomy is not part of the profile");
            }
        }
        JsonNode taxonomy = metadata.get("taxonomy");
        if (taxonomy == null || taxonomy.isNull()) {
            return Feature.of(id);
        }
        if (taxonomy.isString()) {
            return Lineages.semicolonSeparated(id, taxonomy.stringValue());
        }
        List<String> levels = new ArrayList<>();
        for (JsonNode level : taxonomy) {
            levels.add(level.isString() ? level.stringValue().strip() : level.toString());
        }
        return Lineages.semicolonSeparated(id, String.join("; ", levels));
    }

    private static Map<String, String> metadata(JsonNode md, String at, List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!md.isObject()) {
            problems.add(Problem.of(at, ProblemCode.WRONG_TYPE, "metadata must be an object or null"));
            return out;
        }
        for (String key : md.propertyNames()) {
            JsonNode v = md.get(key);
            out.put(key, v.isString() ? v.stringValue() : v.toString());
        }
        return out;
    }

    private static @Nullable String text(JsonNode root, String name, List<Problem> problems) {
        JsonNode v = root.get(name);
        if (v == null || !v.isString()) {
            problems.add(Problem.of("/" + name, ProblemCode.MISSING_PROPERTY, name + " must be a string"));
            return null;
        }
        return v.stringValue();
    }
}
