package org.msbiome.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
 * line is a bad line. A line longer than {@link ReadLimits#maxDocumentLength()} characters (bytes, when read
 * from bytes) is a bad line ({@link ProblemCode#LIMIT_EXCEEDED}), and it is skipped without being held in
 * memory. Read from bytes, a line that is not UTF-8 is a bad line ({@link ProblemCode#SYNTAX}, with the
 * column of the first character that cannot be decoded), and a byte order mark at the start of the stream
 * is skipped. Not thread-safe.
 *
 * @param <T> the document kind's type
 * @since 0.1.0
 */
public final class NdjsonReader<T> implements Iterator<NdjsonLine<T>>, Closeable {
    private final MsbiomeReader reader;
    private final Closeable source;
    private final @Nullable Reader in;
    private final @Nullable InputStream bytes;
    private final @Nullable Class<T> type; // null: any kind
    private final long maxLineLength;
    private final char[] buffer;
    private final byte[] byteBuffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;
    private long good;
    private long bad;
    private @Nullable NdjsonLine<T> next;

    NdjsonReader(MsbiomeReader reader, Reader in, @Nullable Class<T> type) {
        this.reader = reader;
        this.source = in;
        this.in = in;
        this.bytes = null;
        this.type = type;
        this.maxLineLength = reader.limits().maxDocumentLength();
        this.buffer = new char[8192];
        this.byteBuffer = new byte[0];
    }

    /** Over UTF-8 bytes: lines are split on bytes, and a line that is not UTF-8 is a bad line. */
    NdjsonReader(MsbiomeReader reader, InputStream bytes, @Nullable Class<T> type) {
        this.reader = reader;
        this.source = bytes;
        this.in = null;
        this.bytes = bytes;
        this.type = type;
        this.maxLineLength = reader.limits().maxDocumentLength();
        this.buffer = new char[0];
        this.byteBuffer = new byte[8192];
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
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable NdjsonLine<T> readNext() {
        if (bytes != null) {
            return readNextBytes();
        }
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
        ReadResult<T> result = tooLong ? tooLong("characters") : reader.readLine(line.toString(), type, lineNumber);
        return counted(result);
    }

    private ReadResult<T> tooLong(String unit) {
        return new ReadResult.Invalid<>(List.of(new Problem("", ProblemCode.LIMIT_EXCEEDED, "the line exceeds the "
                + "document size limit of " + maxLineLength + " " + unit, Optional.of(new TextLocation(lineNumber, 1)))));
    }

    private NdjsonLine<T> counted(ReadResult<T> result) {
        if (result.isValid()) {
            good++;
        } else {
            bad++;
        }
        return new NdjsonLine<>(lineNumber, result);
    }

    private @Nullable NdjsonLine<T> readNextBytes() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                if (endOfInput || !fillBytes()) {
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && byteBuffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                if (line.size() + (long) (position - start) > maxLineLength) {
                    tooLong = true;
                    line = new ByteArrayOutputStream();
                } else {
                    line.write(byteBuffer, start, position - start);
                }
            }
            if (position < limit) {
                position++; // the line break
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            return counted(tooLong("bytes"));
        }
        byte[] text = line.toByteArray();
        int length = text.length;
        if (length > 0 && text[length - 1] == '\r') {
            length--;
        }
        // A byte order mark at the start of the stream is not part of the first document (RFC 8259, 8.1).
        int offset = lineNumber == 1 && length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB
                && (text[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text, offset, length - offset);
        CharBuffer out = CharBuffer.allocate(length - offset);
        CoderResult decoded = decoder.decode(in, out, true);
        if (!decoded.isError()) {
            decoded = decoder.flush(out);
        }
        if (decoded.isError()) {
            return counted(new ReadResult.Invalid<>(List.of(new Problem("", ProblemCode.SYNTAX, String.format(
                    Locale.ROOT, "the line is not valid UTF-8: byte 0x%02X at byte %d of the line cannot be decoded",
                    text[in.position()] & 0xFF, in.position() + 1), Optional.of(new TextLocation(lineNumber,
                    out.position() + 1L))))));
        }
        out.flip();
        return counted(reader.readLine(out.toString(), type, lineNumber));
    }

    private boolean fillBytes() {
        try {
            int n = bytes.read(byteBuffer, 0, byteBuffer.length);
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
