package org.msbiome.io.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadLimits;
import org.msbiome.io.internal.Problems;
import org.msbiome.io.internal.TreeReader;
import org.msbiome.io.internal.SchemaGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas (draft 2020-12) of the msbiome document kinds, one per kind, bundled in this jar as
 * {@code org/msbiome/io/schema/<kind>.schema.json} with the {@code $id}
 * {@code https://msbiome.org/schema/1.0/<kind>.schema.json}.
 *
 * <p>The schemas describe the structure of documents (names, JSON types, codes, required properties,
 * number and text shapes), so that programs in any language can check a document. Some rules can only be
 * checked by {@link org.msbiome.io.MsbiomeReader} (the constraints of the core types, and rules that span
 * several values); a document that passes its schema may still have problems, but a document the reader
 * accepts always passes its schema.
 *
 * @since 0.1.0
 */
public final class MsbiomeSchemas {
    private static final TreeReader TREES = new TreeReader(ReadLimits.defaults());
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private MsbiomeSchemas() {}

    /** The document kinds that have a schema, in name order. @return the kind names */
    public static List<String> kinds() {
        return MsbiomeJson.kinds();
    }

    /**
     * The {@code $id} of a kind's schema.
     *
     * @param kind a kind name, such as {@code formulation}
     * @return the schema's URI
     * @throws IllegalArgumentException if the kind is not known
     */
    public static URI id(String kind) {
        requireKind(kind);
        return URI.create(SchemaGenerator.id(kind));
    }

    /**
     * The text of a kind's bundled schema.
     *
     * @param kind a kind name
     * @return the schema, as JSON text
     * @throws IllegalArgumentException if the kind is not known
     */
    public static String text(String kind) {
        requireKind(kind);
        try (InputStream in = MsbiomeSchemas.class.getResourceAsStream(SchemaGenerator.resourceName(kind))) {
            if (in == null) {
                throw new IllegalStateException("the schema of kind '" + kind + "' is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a document against the schema of the kind it names in its {@code kind} property.
     *
     * @param document the document, as JSON text
     * @return the schema violations, empty if the document passes; a document that is not JSON, or names
     *     no known kind, gives one problem saying so
     */
    public static List<Problem> validate(String document) {
        Objects.requireNonNull(document, "document");
        // Parsed as the reader parses (issue #18, D14): duplicate properties are reported, numbers stay exact
        // (1E+400 is a number, not an infinite double of no JSON type), and the read limits apply.
        Problems parsing = new Problems();
        JsonNode tree = TREES.read(() -> TREES.parser(new StringReader(document)), parsing, 0);
        if (tree == null) {
            return parsing.toList();
        }
        JsonNode kind = tree.get("kind");
        List<Problem> problems = new ArrayList<>(parsing.toList());
        if (kind == null || !kind.isString() || !kinds().contains(kind.stringValue())) {
            problems.add(Problem.of("/kind", ProblemCode.WRONG_KIND, "the document names no known kind; known kinds: "
                    + String.join(", ", kinds())));
            return List.copyOf(problems);
        }
        problems.addAll(validate(tree, kind.stringValue()));
        return List.copyOf(problems);
    }

    private static List<Problem> validate(JsonNode tree, String kind) {
        Schema schema = SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(text(k), InputFormat.JSON));
        List<com.networknt.schema.Error> errors;
        try {
            errors = schema.validate(tree);
        } catch (JsonNodeException e) {
            // networknt compares a number with an integer bound through JsonNode.asLong(), which Jackson 3 refuses
            // beyond the 64-bit range (1E+400 as a taxon ID): such numbers are compared as -2^63 - 1 or 2^63,
            // beyond every integer bound (issue #18).
            errors = schema.validate(withinLongRange(tree));
        }
        List<Problem> problems = new ArrayList<>();
        for (com.networknt.schema.Error error : errors) {
            problems.add(problemOf(error));
        }
        return List.copyOf(problems);
    }

    private static final BigInteger ABOVE_LONG = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    private static final BigInteger BELOW_LONG = BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE);

    /** The tree with every number beyond the long range replaced by the nearest integer beyond it. */
    private static JsonNode withinLongRange(JsonNode node) {
        if (node.isNumber() && !node.canConvertToLong()) {
            return JsonNodeFactory.instance.numberNode(node.decimalValue().signum() < 0 ? BELOW_LONG : ABOVE_LONG);
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), withinLongRange(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : node) {
                out.add(withinLongRange(element));
            }
            return out;
        }
        return node;
    }

    /** A networknt error as a problem: keywords that match a reader problem code get that code. */
    static Problem problemOf(com.networknt.schema.Error error) {
        String pointer = error.getInstanceLocation().toString();
        if (pointer.equals("$") || pointer.equals("/")) {
            pointer = "";
        }
        String keyword = String.valueOf(error.getKeyword());
        ProblemCode code;
        switch (keyword) {
            case "required":
                code = ProblemCode.MISSING_PROPERTY;
                pointer = pointer + "/" + error.getProperty();
                break;
            case "additionalProperties":
                code = ProblemCode.UNKNOWN_PROPERTY;
                pointer = pointer + "/" + error.getProperty();
                break;
            case "type":
                code = ProblemCode.WRONG_TYPE;
                break;
            default:
                code = ProblemCode.SCHEMA_VIOLATION;
        }
        return Problem.of(pointer, code, keyword + ": " + error.getMessage());
    }

    private static void requireKind(String kind) {
        if (!kinds().contains(kind)) {
            throw new IllegalArgumentException("'" + kind + "' is not a document kind; kinds: " + String.join(", ", kinds()));
        }
    }
}
