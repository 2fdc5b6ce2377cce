package org.msbiome.io.ctgov;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the component schemas of the ClinicalTrials.gov OpenAPI specification (the copy in the test
 * resources): for each schema, its enum values or its properties with their {@code $ref} targets. The
 * file's layout is fixed (two-space YAML, schemas at indent 4, properties at indent 8), so a line reader is
 * enough and the test needs no YAML library.
 */
final class OpenApiEnums {
    private static final Pattern SCHEMA = Pattern.compile("^    ([A-Za-z][A-Za-z0-9]*):$");
    private static final Pattern PROPERTY = Pattern.compile("^        ([A-Za-z][A-Za-z0-9]*):$");
    private static final Pattern REF = Pattern.compile("\\$ref: \"#/components/schemas/([A-Za-z0-9]+)\"");
    private static final Pattern VALUE = Pattern.compile("^      - \"([A-Z0-9_]+)\"$");

    /** A property: the schema it refers to, and whether it is an array of them. */
    record Property(String ref, boolean array) {}

    /** A schema: its enum values (empty if it is not an enum) and its properties that refer to other schemas. */
    record Schema(List<String> values, Map<String, Property> properties) {}

    /** An enum-valued field reached from a schema: its path of property names and its enum schema. */
    record EnumField(List<String> path, boolean array, String schema, List<String> values) {}

    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    OpenApiEnums(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("  schemas:");
        if (start < 0) {
            throw new IllegalStateException("no components.schemas in " + file);
        }
        String name = null;
        List<String> values = new ArrayList<>();
        Map<String, Property> properties = new LinkedHashMap<>();
        String property = null;
        boolean array = false;
        for (int i = start + 1; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            Matcher schema = SCHEMA.matcher(line);
            boolean end = i == lines.size() || (!line.startsWith("    ") && !line.isBlank());
            if (schema.matches() || end) {
                if (name != null) {
                    schemas.put(name, new Schema(List.copyOf(values), Map.copyOf(properties)));
                }
                if (end) {
                    break;
                }
                name = schema.group(1);
                values = new ArrayList<>();
                properties = new LinkedHashMap<>();
                property = null;
                continue;
            }
            Matcher p = PROPERTY.matcher(line);
            if (p.matches()) {
                property = p.group(1);
                array = false;
                continue;
            }
            Matcher v = VALUE.matcher(line);
            if (v.matches()) {
                values.add(v.group(1));
                continue;
            }
            if (property != null && line.contains("type: \"array\"")) {
                array = true;
            }
            Matcher r = REF.matcher(line);
            if (property != null && r.find()) {
                properties.put(property, new Property(r.group(1), array));
            }
        }
    }

    /** The schema with this name. */
    Schema schema(String name) {
        return Optional.ofNullable(schemas.get(name))
                .orElseThrow(() -> new IllegalArgumentException("no schema " + name + " in the specification"));
    }

    /** Every enum-valued field reachable from a schema through its properties. */
    List<EnumField> enumFields(String from) {
        List<EnumField> out = new ArrayList<>();
        collect(from, List.of(), out);
        return out;
    }

    private void collect(String name, List<String> path, List<EnumField> out) {
        for (Map.Entry<String, Property> e : schema(name).properties().entrySet()) {
            List<String> child = new ArrayList<>(path);
            child.add(e.getKey());
            Schema target = schema(e.getValue().ref());
            if (!target.values().isEmpty()) {
                out.add(new EnumField(List.copyOf(child), e.getValue().array(), e.getValue().ref(), target.values()));
            } else if (!e.getValue().array()) {
                collect(e.getValue().ref(), child, out);
            }
        }
    }

    /** The enum field at this path of property names from a schema. */
    EnumField enumField(String from, String... path) {
        String name = from;
        Property property = null;
        for (String segment : path) {
            property = schema(name).properties().get(segment);
            if (property == null) {
                throw new IllegalArgumentException("schema " + name + " has no property " + segment + " with a $ref");
            }
            name = property.ref();
        }
        return new EnumField(List.of(path), property != null && property.array(), name, schema(name).values());
    }
}
