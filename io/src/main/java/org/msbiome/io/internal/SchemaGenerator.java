package org.msbiome.io.internal;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON Schema (draft 2020-12) of a document kind from the codecs, so that the schema and the
 * reader can never disagree about names, types, codes and required properties. The schema files in the
 * jar are this generator's output, checked by a test.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class SchemaGenerator {
    /** The base of every schema's {@code $id}. */
    public static final String ID_BASE = "https://msbiome.org/schema/" + Envelope.VERSION + "/";

    private SchemaGenerator() {}

    /** The {@code $id} of a kind's schema. */
    public static String id(String kind) {
        return ID_BASE + kind + ".schema.json";
    }

    /** The resource name of a kind's schema, relative to the {@code org/msbiome/io/schema} package. */
    public static String resourceName(String kind) {
        return kind + ".schema.json";
    }

    /** The schema of a kind. */
    public static ObjectNode schema(Bindings.Kind kind) {
        SchemaContext context = new SchemaContext();
        ObjectNode root = context.object()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", id(kind.name()))
                .put("title", "msbiome " + kind.name() + " document, format " + Envelope.VERSION)
                .put("description", "An msbiome document of kind '" + kind.name() + "' (Java type "
                        + kind.type().getName() + "); see WIRE-FORMAT.md.")
                .put("type", "object");
        ObjectNode properties = root.putObject("properties");
        properties.set("format", context.object().put("const", Envelope.FORMAT));
        properties.set("version", context.object().put("type", "string")
                .put("pattern", "^" + Envelope.MAJOR + "\\.(0|[1-9][0-9]*)$"));
        properties.set("kind", context.object().put("const", kind.name()));
        properties.set(kind.name(), kind.codec().schema(context));
        root.putArray("required").add("format").add("version").add("kind").add(kind.name());
        root.put("additionalProperties", false);
        ObjectNode defs = context.defs();
        if (!defs.isEmpty()) {
            root.set("$defs", defs);
        }
        return root;
    }

    /** The schema of a kind as text: two-space indent, {@code \n} line ends, a final line break. */
    public static String text(Bindings.Kind kind) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapper.shared().writer().with(printer).createGenerator(out)) {
            g.writeTree(schema(kind));
        }
        return out + "\n";
    }
}
