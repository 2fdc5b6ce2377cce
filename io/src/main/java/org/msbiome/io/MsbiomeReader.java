package org.msbiome.io;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.Envelope;
import org.msbiome.io.internal.FastRead;
import org.msbiome.io.internal.Problems;
import org.msbiome.io.internal.ReadChecks;
import org.msbiome.io.internal.TreeReader;
import org.msbiome.io.internal.ViolationPointers;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Reads msbiome documents strictly, and reports every problem of a document in one pass.
 *
 * <p>A document is read in three steps, and a value is returned only when all of them found nothing:
 * <ol>
 *   <li>the JSON text is read into a tree (syntax errors with line and column, duplicate properties,
 *       {@linkplain ReadLimits limits});
 *   <li>the envelope ({@code format}, {@code version}, {@code kind}) is checked, then every value of the
 *       tree is checked against its type: wrong JSON types, unknown, missing and {@code null} properties,
 *       unknown codes and type names, and what the core types' own factories and constructors reject;
 *   <li>the bound value is validated with {@link MsbiomeValidation#validator()}, and each violation is
 *       reported at the JSON Pointer of the JSON that gave the value.
 * </ol>
 *
 * <p>A document that can be read twice (a {@code String}, an {@code InputStream} within the document size
 * limit and 64 MiB, which is read into memory first, an NDJSON line) is first bound straight from its tokens,
 * checking each value's constraints as it is built; that gives the same value, faster and without the tree,
 * and at the first problem the document is read again in the steps above, which report every problem.
 *
 * <pre>{@code
 * ReadResult<Formulation> result = MsbiomeJson.reader().read(Path.of("vsl3.json"), Formulation.class);
 * result.problems().forEach(System.err::println);   // "/components/0/amount: [invalid-value] ..."
 * Formulation formulation = result.orElseThrow();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MsbiomeReader {
    private final Bindings bindings;
    private final Envelope envelope;
    private final TreeReader trees;
    private final Supplier<Validator> validator;
    /** The read-path checks, or null to validate every document with {@link #validator}. */
    private final @Nullable ReadChecks checks;

    /** The longest stream read into memory to be read from its tokens first; a longer one is read as it comes. */
    private static final int IN_MEMORY = 64 * 1024 * 1024;

    /** Whether a document that can be read twice is read from its tokens first ({@link FastRead}). */
    private final boolean fast;

    MsbiomeReader(Bindings bindings, ReadLimits limits, Supplier<Validator> validator, @Nullable ReadChecks checks) {
        this(bindings, limits, validator, checks, true);
    }

    private MsbiomeReader(Bindings bindings, ReadLimits limits, Supplier<Validator> validator,
            @Nullable ReadChecks checks, boolean fast) {
        this.bindings = bindings;
        this.envelope = new Envelope(bindings);
        this.trees = new TreeReader(limits);
        this.validator = validator;
        this.checks = checks;
        this.fast = fast;
    }

    static MsbiomeReader standard() {
        return new MsbiomeReader(Bindings.standard(), ReadLimits.defaults(), MsbiomeValidation::validator,
                ReadChecks.shared());
    }

    /**
     * This reader, validating every document with Hibernate Validator after binding (the path the read-path
     * checks must agree with; for tests).
     */
    MsbiomeReader withBeanValidationOnly() {
        return new MsbiomeReader(bindings, trees.limits(), validator, null, fast);
    }

    /** This reader, reading every document the full way, through the tree (the path the fast read must agree with; for tests). */
    MsbiomeReader withoutFastRead() {
        return new MsbiomeReader(bindings, trees.limits(), validator, checks, false);
    }

    /** The limits this reader applies. */
    public ReadLimits limits() {
        return trees.limits();
    }

    /**
     * A reader like this one with other limits.
     *
     * @param limits the limits
     * @return the new reader
     */
    public MsbiomeReader withLimits(ReadLimits limits) {
        return new MsbiomeReader(bindings, Objects.requireNonNull(limits, "limits"), validator, checks, fast);
    }

    /**
     * Reads a document from text.
     *
     * @param json the document
     * @param type the document kind's type, such as {@code Formulation.class}
     * @param <T> the type
     * @return the value, or all problems of the document
     * @throws IllegalArgumentException if {@code type} is not a document kind
     */
    public <T> ReadResult<T> read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> trees.parser(new StringReader(json)), type, 0, true);
    }

    /**
     * Reads a document from characters. The reader is not closed.
     *
     * @param json the document
     * @param type the document kind's type
     * @param <T> the type
     * @return the value, or all problems of the document
     * @throws IllegalArgumentException if {@code type} is not a document kind
     * @throws UncheckedIOException if reading fails
     */
    public <T> ReadResult<T> read(Reader json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> trees.parser(json), type, 0);
    }

    /**
     * Reads a document from bytes (UTF-8, or UTF-16/32 detected from the first bytes). The stream is read
     * into memory up to the document size limit or 64 MiB, whichever is less (a longer stream is read as it
     * comes, and never beyond the limit), and is not closed.
     *
     * @param json the document
     * @param type the document kind's type
     * @param <T> the type
     * @return the value, or all problems of the document
     * @throws IllegalArgumentException if {@code type} is not a document kind
     * @throws UncheckedIOException if reading fails
     */
    public <T> ReadResult<T> read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return readStream(json, type);
    }

    /**
     * Reads a document from a stream: from its bytes in memory when the whole stream is within the document size
     * limit (most documents: it can then be read a second time, see {@link #read(Supplier, Class, long, boolean)}),
     * else from the stream, where the parser finds the limit exceeded.
     */
    private <T> ReadResult<T> readStream(InputStream json, @Nullable Class<T> type) {
        // At most this many bytes, and one more to know whether the stream ends there (no overflow: at most 64 MiB).
        int inMemory = (int) Math.min(trees.limits().maxDocumentLength(), IN_MEMORY);
        byte[] start;
        try {
            start = json.readNBytes(inMemory + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (start.length <= inMemory) {
            return read(() -> trees.parser(new ByteArrayInputStream(start)), type, 0, true);
        }
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), json);
        return read(() -> trees.parser(whole), type, 0);
    }

    /**
     * Reads a document from a file.
     *
     * @param file the document
     * @param type the document kind's type
     * @param <T> the type
     * @return the value, or all problems of the document
     * @throws IllegalArgumentException if {@code type} is not a document kind
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> ReadResult<T> read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document of any kind; the value's class is the kind's type.
     *
     * @param json the document
     * @return the value, or all problems of the document
     */
    public ReadResult<Object> readAny(String json) {
        Objects.requireNonNull(json, "json");
        return read(() -> trees.parser(new StringReader(json)), null, 0, true);
    }

    /**
     * Reads a document of any kind from bytes (UTF-8, or UTF-16/32 detected from the first bytes, with or
     * without a byte order mark), like {@link #read(InputStream, Class)}; the value's class is the kind's type.
     * The stream is read no further than the document size limit, whatever it is (a file, a device, a pipe).
     * The stream is not closed.
     *
     * @param json the document
     * @return the value, or all problems of the document
     * @throws UncheckedIOException if reading fails
     */
    public ReadResult<Object> readAny(InputStream json) {
        Objects.requireNonNull(json, "json");
        return readStream(json, null);
    }

    /**
     * Reads NDJSON of any kinds from bytes (UTF-8), like {@link #ndjson(InputStream, Class)}: each line may be
     * a document of another kind; a line that is not UTF-8 is a bad line, and reading goes on with the next
     * line. Close the returned reader to close {@code lines}.
     *
     * @param lines the stream
     * @return the lines' results; each valid value's class is its kind's type
     */
    public NdjsonReader<Object> ndjsonAny(InputStream lines) {
        return new NdjsonReader<>(this, Objects.requireNonNull(lines, "lines"), null);
    }

    /**
     * Reads NDJSON (one document per line, UTF-8) lazily: each line is read when the iterator asks for
     * it, so memory use does not grow with the stream. Close the returned reader to close {@code lines}.
     *
     * @param lines the stream
     * @param type the document kind's type of every line
     * @param <T> the type
     * @return the lines' results
     * @throws IllegalArgumentException if {@code type} is not a document kind
     */
    public <T> NdjsonReader<T> ndjson(Reader lines, Class<T> type) {
        envelope.kindOfType(type);
        return new NdjsonReader<>(this, Objects.requireNonNull(lines, "lines"), type);
    }

    /**
     * Reads NDJSON from bytes (UTF-8): a line that is not UTF-8 is a bad line, and reading goes on with the
     * next line. Close the returned reader to close {@code lines}.
     *
     * @param lines the stream
     * @param type the document kind's type of every line
     * @param <T> the type
     * @return the lines' results
     * @throws IllegalArgumentException if {@code type} is not a document kind
     */
    public <T> NdjsonReader<T> ndjson(InputStream lines, Class<T> type) {
        envelope.kindOfType(type);
        return new NdjsonReader<>(this, Objects.requireNonNull(lines, "lines"), type);
    }

    /**
     * Reads NDJSON from a file (UTF-8). Close the returned reader to close the file.
     *
     * @param file the stream
     * @param type the document kind's type of every line
     * @param <T> the type
     * @return the lines' results
     * @throws IllegalArgumentException if {@code type} is not a document kind
     * @throws UncheckedIOException if the file cannot be opened
     */
    public <T> NdjsonReader<T> ndjson(Path file, Class<T> type) {
        envelope.kindOfType(type);
        try {
            return ndjson(Files.newInputStream(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one NDJSON line that is not blank (the NDJSON reader skips blank lines). */
    <T> ReadResult<T> readLine(String line, @Nullable Class<T> type, long lineNumber) {
        return read(() -> trees.parser(new StringReader(line)), type, lineNumber - 1, true);
    }

    /** Reads one line of NDJSON that is ASCII text, from its bytes (what {@link #readLine(String, Class, long)} reads). */
    <T> ReadResult<T> readAsciiLine(byte[] line, int offset, int length, @Nullable Class<T> type, long lineNumber) {
        return read(() -> trees.parser(line, offset, length), type, lineNumber - 1, true);
    }

    @SuppressWarnings("unchecked")
    private <T> ReadResult<T> read(Supplier<JsonParser> parsers, @Nullable Class<T> type, long lineOffset) {
        return read(parsers, type, lineOffset, false);
    }

    /**
     * Reads a document.
     *
     * @param again whether {@code parsers} can read the document a second time: then a document without problems
     *     is read straight from its tokens ({@link FastRead}), and read the full way only when that gives up
     */
    @SuppressWarnings("unchecked")
    private <T> ReadResult<T> read(Supplier<JsonParser> parsers, @Nullable Class<T> type, long lineOffset,
            boolean again) {
        Bindings.Kind expected = type == null ? null : envelope.kindOfType(type);
        if (again && fast && checks != null && checks.usable()) {
            Object value = FastRead.read(trees, parsers, envelope, expected, new Problems(checks));
            if (value != null) {
                return new ReadResult.Valid<>((T) value);
            }
        }
        Problems problems = new Problems(checks != null && checks.usable() ? checks : null);
        JsonNode tree = trees.read(parsers, problems, lineOffset);
        if (tree == null) {
            return new ReadResult.Invalid<>(problems.toList());
        }
        Object value = envelope.read(tree, expected, problems);
        // The constraints were checked while the values were built (ReadChecks), where that gives what Bean
        // Validation gives. Otherwise: Bean Validation of the largest values that could be bound, the whole
        // value when the document is sound, else the sound parts, so that violations are found in one pass.
        List<Problem> checked = problems.checkedViolations();
        List<Problem> violations = checked == null ? new ArrayList<>() : new ArrayList<>(checked);
        if (checked == null) {
            for (Problems.Island island : problems.islands()) {
                for (ConstraintViolation<Object> violation : validator.get().validate(island.value())) {
                    violations.add(ViolationPointers.problemOf(violation, island));
                }
            }
        }
        violations.sort(Comparator.comparing(Problem::pointer).thenComparing(Problem::message));
        violations.forEach(problems::add);
        if (value == null || !problems.isEmpty()) {
            return new ReadResult.Invalid<>(problems.toList());
        }
        return new ReadResult.Valid<>((T) value);
    }
}
