package org.msbiome.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes an NDJSON stream: each value as one compact msbiome document on its own line, ended by
 * {@code \n}. Nothing is buffered beyond the underlying writer's buffer. Not thread-safe.
 *
 * <pre>{@code
 * try (NdjsonWriter<Strain> out = MsbiomeJson.writer().ndjson(Files.newBufferedWriter(path))) {
 *     strains.forEach(out::write);
 * }
 * }</pre>
 *
 * @param <T> the type of the documents
 * @since 0.1.0
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {
    private final MsbiomeWriter writer;
    private final Writer out;
    private long count;

    NdjsonWriter(MsbiomeWriter writer, Writer out) {
        this.writer = writer;
        this.out = out;
    }

    /**
     * Writes one value as one line.
     *
     * @param value a value of a document kind
     * @throws IllegalArgumentException if the value is not of a document kind
     * @throws InvalidDocumentException if the reader would refuse the document; nothing is written
     * @throws UncheckedIOException if writing fails
     */
    public void write(T value) {
        Objects.requireNonNull(value, "value");
        writer.writeTo(value, out);
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    /** The number of lines written. @return the count */
    public long count() {
        return count;
    }

    /** Flushes the underlying writer. @throws UncheckedIOException if flushing fails */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes the underlying writer. @throws UncheckedIOException if closing fails */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
