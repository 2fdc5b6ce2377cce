package org.msbiome.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.Envelope;
import org.msbiome.io.internal.ReadChecks;
import org.msbiome.io.internal.WriteChecks;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes msbiome documents deterministically: equal values give byte-identical output. Properties come
 * in a fixed order (the envelope first, then the components of the value in declaration order), the
 * elements of sets are sorted, numbers are exact, and lines end with {@code \n} on every platform.
 *
 * <pre>{@code
 * String json = MsbiomeJson.writer().write(formulation);            // pretty, two-space indent
 * String line = MsbiomeJson.writer().compact().write(formulation);  // one line
 * }</pre>
 *
 * <p>The writer writes only what the reader reads: every document is checked by the reader's checks (the
 * read limits, Unicode text, Bean Validation) before any of it reaches the target, and a value the reader
 * would refuse is refused with an {@link InvalidDocumentException} carrying the reader's problems, with the
 * same problem codes, at pointers into the document that would have been written. The checks run while the
 * document is written, on every token and every value as the reader checks them when it reads and builds
 * them; only a document they doubt (or of a kind whose constraints they cannot all run, such as the
 * community profile) is read back by the reader, to report its problems. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class MsbiomeWriter {
    private static final JsonMapper GENERATORS = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /**
     * The buffers of {@link #write(Object)}, shared by all writers. (Not {@code JsonRecyclerPools.defaultPool()}:
     * it makes a new, empty pool on every call.)
     */
    private static final RecyclerPool<BufferRecycler> BUFFERS = JsonRecyclerPools.sharedConcurrentDequePool();

    /** The limits of the reader whose checks the writer runs. */
    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private final Bindings bindings;
    private final Envelope envelope;
    private final boolean pretty;
    private final ObjectWriter generators;
    /** The reader that finds the problems of a document that {@link WriteChecks} doubts. */
    private final MsbiomeReader reader;
    private final ReadChecks readChecks;

    MsbiomeWriter(Bindings bindings, boolean pretty) {
        this.bindings = bindings;
        this.readChecks = ReadChecks.shared();
        this.reader = new MsbiomeReader(bindings, LIMITS, MsbiomeValidation::validator, readChecks);
        this.envelope = new Envelope(bindings);
        this.pretty = pretty;
        this.generators = pretty ? GENERATORS.writer().with(prettyPrinter()) : GENERATORS.writer();
    }

    static MsbiomeWriter standard() {
        return new MsbiomeWriter(Bindings.standard(), true);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** Whether this writer indents (pretty) or writes one line (compact). @return true for pretty */
    public boolean isPretty() {
        return pretty;
    }

    /** A writer like this one that writes each document on one line. @return the compact writer */
    public MsbiomeWriter compact() {
        return pretty ? new MsbiomeWriter(bindings, false) : this;
    }

    /** A writer like this one that indents by two spaces. @return the pretty writer */
    public MsbiomeWriter pretty() {
        return pretty ? this : new MsbiomeWriter(bindings, true);
    }

    /**
     * The document of a value, without a final line break.
     *
     * @param value a value of a document kind, such as a {@code Formulation}
     * @return the JSON text
     * @throws IllegalArgumentException if the value is not of a document kind
     * @throws InvalidDocumentException if the reader would refuse the document (with the reader's problems)
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value");
        // The reader's checks run while the document is written (WriteChecks), where they apply to every value
        // of the kind (ReadChecks.covers): the read limits and Unicode text on every token, the constraints on
        // every value as the reader checks them when it builds the value, and what decoding refuses. Only a
        // document they doubt, or of another kind, is read back, for the reader's problems.
        Bindings.Kind kind = envelope.kindOfValue(value);
        if (readChecks.covers(kind.codec())) {
            Written written = write(kind, value, true);
            return written.passed() && written.text().length() < LIMITS.maxDocumentLength() ? written.text()
                    : readBack(written.text());
        }
        return readBack(write(kind, value, false).text());
    }

    /** A document, and whether the checks that ran while it was written passed it. */
    private record Written(String text, boolean passed) {}

    /** The document, if the reader reads it; else its problems. */
    private String readBack(String text) {
        ReadResult<Object> back = reader.readAny(text);
        if (!back.isValid()) {
            throw new InvalidDocumentException(back.problems());
        }
        return text;
    }

    /** The document of a value, not checked (tests write invalid documents with it). */
    String unchecked(Object value) {
        return write(envelope.kindOfValue(value), value, false).text();
    }

    /**
     * The document of a value of the kind, written through the reader's checks ({@link WriteChecks}) when
     * {@code check} is set (else it counts as passed).
     */
    private Written write(Bindings.Kind kind, Object value, boolean check) {
        // As ObjectWriter.writeValueAsString does: segments from Jackson's recycled buffers, copied once into
        // the String. A StringWriter (or a StringBuilder) copies character by character, which took a fifth
        // of the time of writing a document (BENCHMARKS.md).
        BufferRecycler buffers = BUFFERS.acquireAndLinkPooled();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            boolean passed = true;
            JsonGenerator jackson = generators.createGenerator(out);
            if (check) {
                try (WriteChecks checks = new WriteChecks(jackson, LIMITS, readChecks)) {
                    envelope.write(kind, value, checks);
                    passed = checks.passed();
                }
            } else {
                try (jackson) {
                    envelope.write(kind, value, jackson);
                }
            }
            return new Written(out.getAndClear(), passed);
        } finally {
            buffers.releaseToPool();
        }
    }

    /**
     * Writes the document of a value, and a final line break, to a character stream; the stream is
     * flushed, not closed.
     *
     * @param value a value of a document kind
     * @param out the stream
     * @throws IllegalArgumentException if the value is not of a document kind
     * @throws InvalidDocumentException if the reader would refuse the document; nothing is written
     * @throws UncheckedIOException if writing fails
     */
    public void write(Object value, Writer out) {
        Objects.requireNonNull(value, "value");
        writeTo(value, out);
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document of a value, and a final line break, as UTF-8; the stream is flushed, not closed.
     *
     * @param value a value of a document kind
     * @param out the stream
     * @throws IllegalArgumentException if the value is not of a document kind
     * @throws InvalidDocumentException if the reader would refuse the document; nothing is written
     * @throws UncheckedIOException if writing fails
     */
    public void write(Object value, OutputStream out) {
        write(value, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Writes the document of a value, and a final line break, to a file as UTF-8 (replacing it).
     *
     * @param value a value of a document kind
     * @param file the file
     * @throws IllegalArgumentException if the value is not of a document kind
     * @throws InvalidDocumentException if the reader would refuse the document; nothing is written
     * @throws UncheckedIOException if writing fails
     */
    public void write(Object value, Path file) {
        Objects.requireNonNull(value, "value");
        String text = write(value);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An NDJSON writer over a character stream: one compact document per line.
     *
     * @param out the stream; closing the NDJSON writer closes it
     * @param <T> the type of the documents
     * @return the NDJSON writer
     */
    public <T> NdjsonWriter<T> ndjson(Writer out) {
        return new NdjsonWriter<>(compact(), Objects.requireNonNull(out, "out"));
    }

    /**
     * An NDJSON writer over a byte stream, in UTF-8.
     *
     * @param out the stream; closing the NDJSON writer closes it
     * @param <T> the type of the documents
     * @return the NDJSON writer
     */
    public <T> NdjsonWriter<T> ndjson(OutputStream out) {
        return ndjson(new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** Writes the checked document of a value, without a final line break; nothing is written if it is refused. */
    void writeTo(Object value, Writer out) {
        String text = write(value);
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
