package org.msbiome.io.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document envelope: every top-level document is an object with exactly four members, in this order:
 * {@code "format": "msbiome"}, {@code "version": "1.0"}, {@code "kind": "<kind>"}, and the value itself
 * under the member named by the kind ({@code "formulation": {...}}).
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Envelope {
    /** The value of {@code format}. */
    public static final String FORMAT = "msbiome";
    /** The major version this library reads and writes. */
    public static final int MAJOR = 1;
    /** The minor version this library writes. */
    public static final int MINOR = 0;
    /** The version this library writes. */
    public static final String VERSION = MAJOR + "." + MINOR;
    /** The versions this reader knows, for messages. */
    public static final List<String> KNOWN_VERSIONS = List.of(VERSION);

    // The envelope's names and texts, quoted and checked once.
    private static final WireText FORMAT_NAME = new WireText("format");
    private static final WireText FORMAT_TEXT = new WireText(FORMAT);
    private static final WireText VERSION_NAME = new WireText("version");
    private static final WireText VERSION_TEXT = new WireText(VERSION);
    private static final WireText KIND_NAME = new WireText("kind");

    private static final Pattern VERSION_PATTERN = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    private final Bindings bindings;

    /** The envelope for the given bindings. */
    public Envelope(Bindings bindings) {
        this.bindings = bindings;
    }

    /** The kind of a value to write. */
    public Bindings.Kind kindOfValue(Object value) {
        Optional<Bindings.Kind> exact = bindings.kindOf(value.getClass());
        if (exact.isPresent()) {
            return exact.get();
        }
        return bindings.kinds().stream().filter(k -> k.type().isInstance(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(value.getClass().getName()
                        + " is not a document kind; kinds are " + names(bindings.kinds())));
    }

    /** The kind of a type to read. */
    public Bindings.Kind kindOfType(Class<?> type) {
        return bindings.kindOf(type).orElseThrow(() -> new IllegalArgumentException(type.getName()
                + " is not a document kind; kinds are " + names(bindings.kinds())));
    }

    private static String names(Collection<Bindings.Kind> kinds) {
        return kinds.isEmpty() ? "(none)" : kinds.stream().map(k -> k.name() + " (" + k.type().getSimpleName() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Writes a whole document. */
    public void write(Object value, JsonGenerator generator) {
        write(kindOfValue(value), value, generator);
    }

    /** Writes a whole document of a value of the kind ({@link #kindOfValue}). */
    @SuppressWarnings("unchecked")
    public void write(Bindings.Kind kind, Object value, JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeName(FORMAT_NAME);
        generator.writeString(FORMAT_TEXT);
        generator.writeName(VERSION_NAME);
        generator.writeString(VERSION_TEXT);
        generator.writeName(KIND_NAME);
        generator.writeString(kind.name());
        generator.writeName(kind.name());
        ((ObjectCodec<Object>) kind.codec()).encode(value, generator);
        generator.writeEndObject();
    }

    /**
     * Reads a document's envelope and value.
     *
     * @param expected the kind asked for, or null for any kind
     * @return the value, or null with problems added
     */
    public @Nullable Object read(JsonNode tree, Bindings.@Nullable Kind expected, Problems problems) {
        if (!tree.isObject()) {
            problems.add(Pointer.ROOT, ProblemCode.WRONG_TYPE, "an msbiome document is a JSON object; found "
                    + Codec.jsonTypeOf(tree));
            return null;
        }
        Bindings.Kind kind = readEnvelope(tree, expected, problems);
        if (kind == null) {
            return null;
        }
        List<String> members = List.of("format", "version", "kind", kind.name());
        for (String name : tree.propertyNames()) {
            if (!members.contains(name)) {
                problems.add(Pointer.ROOT.property(name), ProblemCode.UNKNOWN_PROPERTY, "unknown property "
                        + JsonText.quote(name) + " of the document; a " + kind.name() + " document has the properties "
                        + String.join(", ", members));
            }
        }
        Pointer at = Pointer.ROOT.property(kind.name());
        JsonNode body = tree.get(kind.name());
        if (body == null) {
            problems.add(at, ProblemCode.MISSING_PROPERTY, "missing property " + JsonText.quote(kind.name())
                    + "; a " + kind.name() + " document has its value under \"" + kind.name() + "\"");
            return null;
        }
        if (body.isNull()) {
            problems.add(at, ProblemCode.NULL_VALUE, "null is not allowed; expected " + kind.codec().expected());
            return null;
        }
        return kind.codec().decode(body, at, problems);
    }

    /**
     * Reads a document's envelope and value on the fast path ({@link FastRead}), the parser at the document's
     * start: the envelope's properties first, as msbiome writes them, then the value; gives up otherwise.
     */
    @Nullable Object readFast(FastRead in, Bindings.@Nullable Kind expected) {
        in.count();
        ObjectNode head = new ObjectNode(JsonNodeFactory.instance);
        Bindings.Kind kind = null;
        Object value = null;
        JsonToken t;
        while ((t = in.next()) == JsonToken.PROPERTY_NAME) {
            String name = in.parser().currentName();
            in.count();
            if (name.equals("format") || name.equals("version") || name.equals("kind")) {
                if (kind != null || head.has(name)) {
                    return FastRead.giveUp();
                }
                in.next();
                head.set(name, in.tree());
                continue;
            }
            if (kind != null) {
                return FastRead.giveUp();
            }
            kind = readEnvelope(head, expected, in.problems());
            if (kind == null || !name.equals(kind.name()) || in.next() == JsonToken.VALUE_NULL) {
                return FastRead.giveUp();
            }
            value = kind.codec().read(in);
        }
        return t != JsonToken.END_OBJECT || kind == null ? FastRead.giveUp() : value;
    }

    /** The document's kind, when its envelope is sound. */
    public Bindings.@Nullable Kind readEnvelope(JsonNode tree, Bindings.@Nullable Kind expected, Problems problems) {
        JsonNode format = tree.get("format");
        Pointer formatAt = Pointer.ROOT.property("format");
        if (format == null) {
            problems.add(formatAt, ProblemCode.UNKNOWN_FORMAT,
                    "missing property 'format'; an msbiome document has \"format\": \"msbiome\"");
            return null;
        }
        if (!format.isString() || !format.stringValue().equals(FORMAT)) {
            problems.add(formatAt, ProblemCode.UNKNOWN_FORMAT, "format " + describe(format)
                    + " is not supported; expected \"msbiome\"");
            return null;
        }
        JsonNode version = tree.get("version");
        Pointer versionAt = Pointer.ROOT.property("version");
        if (version == null) {
            problems.add(versionAt, ProblemCode.UNSUPPORTED_VERSION, "missing property 'version'; this reader knows "
                    + "format versions " + String.join(", ", KNOWN_VERSIONS) + " (and reads any 1.x)");
            return null;
        }
        // this reader's own version, the usual case, without the pattern
        Matcher m = !version.isString() || version.stringValue().equals(VERSION) ? null
                : VERSION_PATTERN.matcher(version.stringValue());
        if (!version.isString() || m != null && !m.matches()) {
            problems.add(versionAt, ProblemCode.UNSUPPORTED_VERSION, "version " + describe(version)
                    + " is not a format version; expected a string like \"" + VERSION + "\"");
            return null;
        }
        if (m != null && Integer.parseInt(m.group(1)) != MAJOR) {
            problems.add(versionAt, ProblemCode.UNSUPPORTED_VERSION, "format version " + describe(version)
                    + " is not supported; this reader knows format versions " + String.join(", ", KNOWN_VERSIONS)
                    + " (and reads any " + MAJOR + ".x)");
            return null;
        }
        JsonNode kindNode = tree.get("kind");
        Pointer kindAt = Pointer.ROOT.property("kind");
        if (kindNode == null || !kindNode.isString()) {
            String known = knownKinds();
            problems.add(kindAt, ProblemCode.WRONG_KIND, (kindNode == null ? "missing property 'kind'"
                    : "kind " + describe(kindNode) + " is not a string")
                    + "; expected " + (expected != null ? "\"" + expected.name() + "\"" : "one of: " + known));
            return null;
        }
        Optional<Bindings.Kind> kind = bindings.kindNamed(kindNode.stringValue());
        if (kind.isEmpty()) {
            problems.add(kindAt, ProblemCode.WRONG_KIND, "kind " + describe(kindNode) + " is not known; known kinds: "
                    + knownKinds());
            return null;
        }
        if (expected != null && !expected.equals(kind.get())) {
            problems.add(kindAt, ProblemCode.WRONG_KIND, "the document is a " + describe(kindNode)
                    + ", not a \"" + expected.name() + "\" as asked");
            return null;
        }
        return kind.get();
    }

    /** The names of the kinds, for a message (made only when one is needed). */
    private String knownKinds() {
        return bindings.kinds().stream().map(Bindings.Kind::name).collect(Collectors.joining(", "));
    }

    private static String describe(JsonNode node) {
        return node.isString() ? JsonText.quote(node.stringValue()) : Codec.jsonTypeOf(node);
    }
}
