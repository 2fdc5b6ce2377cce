package org.msbiome.io.internal;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Reading a document straight from its tokens, without the tree, for documents that have no problem at all:
 * records and lists are bound as their tokens come, each scalar through its codec's own {@code decode} of a
 * one-node tree, and anything else (a map, a set, a community profile, an object whose {@code "type"} is not
 * its first property) from a tree of just that value. The first sign of a problem — a property the record
 * does not have, a duplicate, a null, a value its codec refuses, a constructor's refusal, a constraint
 * violation, a syntax error, an exceeded limit — stops it, and the reader reads the document again the full
 * way ({@link TreeReader}, the codecs' {@code decode}), which finds and reports every problem with its
 * pointer. So this path decides nothing on its own: it only ever gives a value that the full way gives too
 * ({@code FastReadAgreementTest} reads every document of the tests and the hostile corpus both ways).
 *
 * <p>It counts values as the tree does (each value and each property name), so that a document over the
 * value limit is never bound here; nesting, string and number limits are the parser's own.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class FastRead {
    /** Thrown to give up: preallocated, without a stack trace, as it only unwinds to {@link #read}. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("the fast read gave up", null, false, false);
        }
    }

    private final JsonParser parser;
    private final TreeReader trees;
    private final Problems problems;
    private final TreeReader.Values values;

    private FastRead(JsonParser parser, TreeReader trees, Problems problems) {
        this.parser = parser;
        this.trees = trees;
        this.problems = problems;
        this.values = new TreeReader.Values();
    }

    /**
     * Reads a document whose every problem the full read would find: the value when the document has none,
     * else null (then read it the full way).
     *
     * @param problems collects the read-path checks' findings; must be new, with the read-path checks
     */
    public static @Nullable Object read(TreeReader trees, Supplier<JsonParser> parsers, Envelope envelope,
            Bindings.@Nullable Kind expected, Problems problems) {
        try (JsonParser parser = parsers.get()) {
            FastRead in = new FastRead(parser, trees, problems);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object value = envelope.readFast(in, expected);
            if (parser.nextToken() != null || !problems.isEmpty()) {
                return null;
            }
            List<Problem> violations = problems.checkedViolations();
            return violations == null || !violations.isEmpty() ? null : value;
        } catch (RuntimeException e) {
            // Whatever it was (a give-up, a syntax error, an exceeded limit), the full read finds it again and
            // says what it is.
            return null;
        }
    }

    /** The parser, at the current value's first token. */
    JsonParser parser() {
        return parser;
    }

    /** The problems of the document, where the codecs and the read-path checks add theirs. */
    Problems problems() {
        return problems;
    }

    /** The next token; gives up at the end of the input. */
    JsonToken next() {
        JsonToken t = parser.nextToken();
        if (t == null) {
            throw GiveUp.INSTANCE;
        }
        return t;
    }

    /** Counts one value or property name, as the tree does; gives up beyond the value limit. */
    void count() {
        if (++values.count > trees.limits().maxValues()) {
            throw GiveUp.INSTANCE;
        }
    }

    /** Gives up. */
    static <T> T giveUp() {
        throw GiveUp.INSTANCE;
    }

    /** Gives up unless the value was decoded (a codec returns null only with a problem added). */
    static <T> T decoded(@Nullable T value) {
        if (value == null) {
            throw GiveUp.INSTANCE;
        }
        return value;
    }

    /**
     * The tree of the current value (a scalar's one node), read as {@link TreeReader} reads it and counted;
     * gives up on a problem it finds (a duplicate property, an unpaired surrogate) or on null.
     */
    JsonNode tree() {
        int before = problems.size();
        JsonNode node = trees.value(parser, parser.currentToken(), Pointer.ROOT, problems, 0, new Pointer[1], values);
        if (problems.size() != before || node.isNull()) {
            throw GiveUp.INSTANCE;
        }
        return node;
    }

    /** The value of the current token through a codec's {@code decode} of its tree. */
    <T> T decode(Codec<T> codec) {
        return decoded(codec.decode(tree(), Pointer.ROOT, problems));
    }

    /**
     * The index of the text among {@code texts} that the current token is, without making a string of it; -1
     * when the token is not a string or is none of them. Counts the value. A text found is one of the
     * codec's own, so it has no unpaired surrogate to report.
     */
    int textIndex(String[] texts) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return -1;
        }
        count();
        char[] chars = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        int length = parser.getStringLength();
        candidates:
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            if (text.length() != length) {
                continue;
            }
            for (int j = 0; j < length; j++) {
                if (text.charAt(j) != chars[offset + j]) {
                    continue candidates;
                }
            }
            return i;
        }
        return -1;
    }

    /** What a value built here records as its JSON: nothing is looked up in it, as a violation gives up. */
    static JsonNode noTree() {
        return NullNode.getInstance();
    }
}
