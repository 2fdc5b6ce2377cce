package org.msbiome.io.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadLimits;
import org.msbiome.io.TextLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads JSON text into a tree, reporting duplicate properties as problems (keeping the first value and
 * going on, so that the rest of the document is still checked), syntax errors with line and column, and
 * exceeded limits. Decimal numbers are kept exact ({@code BigDecimal}). Objects hold their properties in a
 * {@link PropertyMap} and arrays their elements in a list of their exact size, so that the tree of a large
 * document takes as little memory as Jackson's nodes allow.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A bare factory, not a mapper: the tree is built here, and a mapper costs start-up time. */
    private final JsonFactory factory;
    private final ReadLimits limits;

    /** A reader with the given limits. */
    public TreeReader(ReadLimits limits) {
        this.limits = limits;
        long documentLength = limits.maxDocumentLength();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(documentLength)
                .build();
        // Property names interned: a codec looks its fields up by their interned names, so that a look-up in
        // the tree finds a name by identity (Jackson interns each name once, in its symbol table).
        this.factory = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
    }

    /** The limits. */
    public ReadLimits limits() {
        return limits;
    }

    /** A parser over text. */
    public JsonParser parser(Reader text) {
        return factory.createParser(ObjectReadContext.empty(), new SourceReader(text));
    }

    /** A parser over bytes of an array that hold ASCII text (no encoding to detect, nothing to fail reading). */
    public JsonParser parser(byte[] ascii, int offset, int length) {
        return factory.createParser(ObjectReadContext.empty(), ascii, offset, length);
    }

    /** A parser over bytes (UTF-8, UTF-16 or UTF-32, detected). */
    public JsonParser parser(InputStream bytes) {
        return factory.createParser(ObjectReadContext.empty(), new SourceStream(bytes));
    }

    /**
     * Reads one document from a parser that {@code parsers} creates (creating a parser over bytes already
     * reads them, to detect their encoding).
     *
     * @param lineOffset added to the parser's line numbers (the line of the document in a stream, minus one)
     * @return the tree, or null when the input could not be read as JSON (a problem was added)
     * @throws UncheckedIOException if reading the caller's source fails
     */
    public @Nullable JsonNode read(Supplier<JsonParser> parsers, Problems problems, long lineOffset) {
        JsonParser parser;
        try {
            parser = parsers.get();
        } catch (JacksonIOException e) {
            // Detecting the encoding failed, for example on a UTF-32 byte order that Jackson does not support.
            problems.add(Pointer.ROOT, ProblemCode.SYNTAX, notText(e), new TextLocation(lineOffset + 1, 1));
            return null;
        }
        try (parser) {
            return read(parser, problems, lineOffset);
        }
    }

    /**
     * Reads one document.
     *
     * @param lineOffset added to the parser's line numbers (the line of the document in a stream, minus one)
     * @return the tree, or null when the text could not be read as JSON (a problem was added)
     * @throws UncheckedIOException if reading the input fails
     */
    public @Nullable JsonNode read(JsonParser parser, Problems problems, long lineOffset) {
        return guarded(parser, problems, lineOffset, at -> {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Pointer.ROOT, ProblemCode.EMPTY_DOCUMENT, "the document is empty; expected a JSON object");
                return null;
            }
            JsonNode root = value(parser, first, Pointer.ROOT, problems, lineOffset, at, new Values());
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.add(Pointer.ROOT, ProblemCode.SYNTAX,
                        "unexpected content after the end of the document: " + extra.asString(),
                        location(parser.currentTokenLocation(), lineOffset));
                return null;
            }
            return root;
        });
    }

    /**
     * Reads the value that starts at the parser's current token, from a parser made by someone else's mapper:
     * whatever that mapper's settings, decimals are read exact from the token text, and a number longer than
     * this reader's limit is refused before it is converted.
     *
     * @return the tree, or null when the value could not be read (a problem was added); pointers are
     *     relative to the value
     * @throws UncheckedIOException if reading the input fails
     */
    public @Nullable JsonNode readCurrent(JsonParser parser, Problems problems) {
        return guarded(parser, problems, 0,
                at -> value(parser, parser.currentToken(), Pointer.ROOT, problems, 0, at, new Values()));
    }

    /** Reads a tree. {@code at} holds the pointer of the value being read, for the problem of a failure. */
    private interface Body {
        @Nullable JsonNode read(Pointer[] at);
    }

    private @Nullable JsonNode guarded(JsonParser parser, Problems problems, long lineOffset, Body body) {
        Pointer[] at = {Pointer.ROOT};
        try {
            return body.read(at);
        } catch (StreamConstraintsException e) {
            problems.add(at[0], ProblemCode.LIMIT_EXCEEDED, limitMessage(e), location(parser.currentLocation(), lineOffset));
            return null;
        } catch (JacksonIOException e) {
            // Not a failure of the caller's source (that one is rethrown), so the bytes are not text in the
            // encoding Jackson detected (UTF-8, UTF-16 or UTF-32): a problem of the document.
            problems.add(at[0], ProblemCode.SYNTAX, notText(e), location(parser.currentLocation(), lineOffset));
            return null;
        } catch (StreamReadException e) {
            TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            problems.add(at[0], ProblemCode.SYNTAX, "malformed JSON: " + JacksonMessages.of(e), location(where, lineOffset));
            return null;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(at[0], ProblemCode.INVALID_VALUE, "number cannot be read: " + e.getMessage(),
                    location(parser.currentLocation(), lineOffset));
            return null;
        }
    }

    private static String notText(JacksonIOException e) {
        if (e.getCause() instanceof SourceFailure failure) {
            throw new UncheckedIOException(failure.getCause());
        }
        return "the bytes are not valid text: " + (e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage());
    }

    /** Marks an exception of the caller's source, so that it is told apart from a decoding error. */
    private static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static final class SourceStream extends FilterInputStream {
        SourceStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }
    }

    private static final class SourceReader extends FilterReader {
        SourceReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }
    }

    /**
     * JSON text is Unicode (RFC 8259, section 8.2), but an escape can name half of a surrogate pair
     * ({@code "\ud800"}); such a string cannot be written as UTF-8, so it is refused here.
     */
    private static boolean checkUnicode(String text, Pointer at, Problems problems) {
        int n = text.length();
        int first = 0;
        // Most texts have no surrogate at all: one range test per character finds that out.
        while (first < n && !Character.isSurrogate(text.charAt(first))) {
            first++;
        }
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(at, ProblemCode.INVALID_VALUE, String.format(java.util.Locale.ROOT,
                        "the text has an unpaired UTF-16 surrogate \\u%04x at character %d; JSON text is Unicode"
                                + " (RFC 8259, section 8.2), so an escaped surrogate needs its pair", (int) c, i + 1));
                return false;
            }
        }
        return true;
    }

    private String limitMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String limit;
        if (message.contains("nesting depth")) {
            limit = "the nesting depth limit of " + limits.maxNestingDepth();
        } else if (message.contains("Number value length") || message.contains("number value length")) {
            limit = "the number length limit of " + limits.maxNumberLength() + " characters";
        } else if (message.contains("String value length") || message.contains("Name length")) {
            limit = "the string length limit of " + limits.maxStringLength() + " characters";
        } else if (message.startsWith("Value count")) {
            limit = "the limit of " + limits.maxValues() + " values (a property counts two: its name and its value)";
        } else if (message.contains("Document length") || message.contains("document length")) {
            limit = "the document size limit of " + limits.maxDocumentLength() + " bytes or characters";
        } else {
            limit = "a read limit";
        }
        return "the document exceeds " + limit + " (" + message + ")";
    }

    /** This reader's number limit, also for a parser whose own constraints are looser (another mapper's). */
    private void checkNumberLength(JsonParser p) {
        int length = p.getStringLength();
        if (length > limits.maxNumberLength()) {
            throw new StreamConstraintsException("Number value length (" + length + ") exceeds the maximum allowed ("
                    + limits.maxNumberLength() + ")");
        }
    }

    private static TextLocation location(@Nullable TokenStreamLocation where, long lineOffset) {
        if (where == null || where.getLineNr() < 1) {
            return new TextLocation(lineOffset + 1, 1);
        }
        return new TextLocation(where.getLineNr() + lineOffset, Math.max(1, where.getColumnNr()));
    }

    /** Counts one value (or property name) more, and refuses the document beyond the value limit. */
    private void count(Values values) {
        if (++values.count > limits.maxValues()) {
            throw new StreamConstraintsException("Value count (" + values.count + ") exceeds the maximum allowed ("
                    + limits.maxValues() + ")");
        }
    }

    /**
     * What one read keeps as it goes: the number of values so far, and the string nodes of short texts, so
     * that a text the document repeats ({@code "marker"}, {@code "umol/L"}, a code) is one node in the tree,
     * not one per occurrence. Nodes are immutable, so sharing them is invisible to the tree's readers. The
     * table is made only once a document has {@value #SHARE_AFTER} strings: a small document never pays for
     * it.
     */
    static final class Values {
        static final int SHARE_AFTER = 256;
        static final int SHARED_LENGTH = 32;
        static final int TABLE_SIZE = 1024;

        long count;
        int strings;
        StringNode @Nullable [] shared;

        /** The node of the parser's current string (checked for unpaired surrogates). */
        JsonNode string(JsonParser p, Pointer at, Problems problems) {
            int length = p.getStringLength();
            StringNode[] table = shared;
            if (table == null || length > SHARED_LENGTH) {
                if (++strings == SHARE_AFTER) {
                    shared = new StringNode[TABLE_SIZE];
                }
                String text = p.getString();
                checkUnicode(text, at, problems);
                return NODES.stringNode(text);
            }
            char[] chars = p.getStringCharacters();
            int offset = p.getStringOffset();
            int hash = 0;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + chars[i];
            }
            int slot = (hash ^ (hash >>> 16)) & (TABLE_SIZE - 1);
            StringNode node = table[slot];
            if (node != null && sameText(node.stringValue(), chars, offset, length)) {
                return node;
            }
            String text = new String(chars, offset, length);
            if (!checkUnicode(text, at, problems)) {
                return NODES.stringNode(text);
            }
            StringNode made = (StringNode) NODES.stringNode(text);
            table[slot] = made;
            return made;
        }

        private static boolean sameText(String text, char[] chars, int offset, int length) {
            if (text.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (text.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    JsonNode value(JsonParser p, JsonToken token, Pointer here, Problems problems, long lineOffset,
            Pointer[] at, Values values) {
        at[0] = here;
        count(values);
        switch (token) {
            case START_OBJECT: {
                PropertyMap properties = new PropertyMap(4);
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    count(values);
                    // The location is taken only for a duplicate: it allocates, and this loop is hot.
                    boolean duplicate = properties.containsKey(name);
                    TokenStreamLocation where = duplicate ? p.currentTokenLocation() : null;
                    Pointer child = here.property(name);
                    checkUnicode(name, child, problems);
                    // The value's pointer from here on: a syntax error or an exceeded limit in the value's
                    // first token (a too long number, NaN) points at the property, not at its object.
                    at[0] = child;
                    JsonNode v = value(p, p.nextToken(), child, problems, lineOffset, at, values);
                    at[0] = here;
                    if (duplicate) {
                        problems.add(child, ProblemCode.DUPLICATE_PROPERTY, "property " + JsonText.quote(name)
                                + " appears more than once in this object; the first one is checked",
                                location(where, lineOffset));
                    } else {
                        properties.append(name, v);
                    }
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new IllegalStateException("unexpected token " + t);
                }
                properties.trim();
                return new ObjectNode(NODES, properties);
            }
            case START_ARRAY: {
                ArrayList<JsonNode> elements = new ArrayList<>();
                JsonToken t;
                int i = 0;
                // The next element's pointer, set before its first token is read (see the object's case).
                Pointer element = here.index(i);
                at[0] = element;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new IllegalStateException("unexpected end of input");
                    }
                    elements.add(value(p, t, element, problems, lineOffset, at, values));
                    element = here.index(++i);
                    at[0] = element;
                }
                at[0] = here;
                elements.trimToSize();
                return new ArrayNode(NODES, elements);
            }
            case VALUE_STRING:
                return values.string(p, here, problems);
            case VALUE_NUMBER_INT:
                checkNumberLength(p);
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                checkNumberLength(p);
                return DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }
}
