package org.msbiome.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The lines of an NDJSON stream (one msbiome document per line), read one at a time in constant
 * memory. A bad line is reported with its line number and all its problems, and reading goes on with the
 * next line; {@link #summary()} counts the good and bad lines read so far.
 *
 * <pre>{@code
 * try (NdjsonReader<Strain> lines = MsbiomeJson.reader().ndjson(path, Strain.class)) {
 *     lines.forEachRemaining(line -> line.result().toOptional().ifPresent(catalog::add));
 *     System.out.println(lines.summary());   // "1000000 lines: 999998 good, 2 bad"
 * }
 * }</pre>
 *
 * <p>Lines end with {@code \n} or {@code \r\n}; a final line without a line break is read too. An empty
 * line is a bad line. A line longer than {@link ReadLimits#maxDocumentLength()} characters is a bad line
 * ({@link ProblemCode#LIMIT_EXCEEDED}), and it is skipped without being held in memory. Not thread-safe.
 *
 * @param <T> the document kind's type
 * @since 0.1.0
 */
public final class NdjsonReader<T> implements Iterator<NdjsonLine<T>>, Closeable {
    private final MsbiomeReader reader;
    private final Reader in;
    private final Class<T> type;
    private final long maxLineLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;
    private long good;
    private long bad;
    private @Nullable NdjsonLine<T> next;

    NdjsonReader(MsbiomeReader reader, Reader in, Class<T> type) {
        this.reader = reader;
        this.in = in;
        this.type = type;
        this.maxLineLength = reader.limits().maxDocumentLength();
    }

    /**
     * Whether there is another line.
     *
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readNext();
        }
        return next != null;
    }

    /**
     * The next line's result.
     *
     * @throws NoSuchElementException if there is no other line
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public NdjsonLine<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines after line " + lineNumber);
        }
        NdjsonLine<T> line = next;
        next = null;
        return line;
    }

    /** The remaining lines as a sequential stream; closing the stream closes this reader. @return the stream */
    public Stream<NdjsonLine<T>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(this::close);
    }

    /** The counts of good and bad lines read so far. @return the summary */
    public NdjsonSummary summary() {
        return new NdjsonSummary(good, bad);
    }

    /**
     * Closes the underlying input.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable NdjsonLine<T> readNext() {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                if (endOfInput || !fill()) {
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                if (line.length() + (position - start) > maxLineLength) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, position - start);
                }
            }
            if (position < limit) {
                position++; // the line break
                break;
            }
        }
        lineNumber++;
        if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        ReadResult<T> result = tooLong
                ? new ReadResult.Invalid<>(List.of(new Problem("", ProblemCode.LIMIT_EXCEEDED, "the line exceeds the "
                        + "document size limit of " + maxLineLength + " characters", Optional.of(new TextLocation(lineNumber, 1)))))
                : reader.readLine(line.toString(), type, lineNumber);
        if (result.isValid()) {
            good++;
        } else {
            bad++;
        }
        return new NdjsonLine<>(lineNumber, result);
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                endOfInput = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
