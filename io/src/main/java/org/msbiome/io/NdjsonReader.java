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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.msbiome.io.internal.NdjsonText;
import org.msbiome.io.internal.OrderedPipeline;

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
 * <p>Lines end with {@code \n} or {@code \r\n}; a final line without a line break is read too. A blank
 * line (empty, or only JSON whitespace: spaces, tabs, carriage returns) holds no document: wherever it is
 * (after the final line break, between documents), it is skipped and not counted, and the other lines keep
 * their line numbers in the stream. A line longer than {@link ReadLimits#maxDocumentLength()} characters
 * (bytes, when read from bytes) is a bad line ({@link ProblemCode#LIMIT_EXCEEDED}), and it is skipped without being held in
 * memory. Read from bytes, a line that is not UTF-8 is a bad line ({@link ProblemCode#SYNTAX}, with the
 * column of the first character that cannot be decoded), and a byte order mark at the start of the stream
 * is skipped.
 *
 * <p>{@link #parallel(int)} reads the lines on several threads and still gives them in line order, with the
 * same results as reading them one by one. Not thread-safe: one thread iterates (in parallel mode, that
 * thread splits the lines, and worker threads read them).
 *
 * @param <T> the document kind's type
 * @since 0.1.0
 */
public final class NdjsonReader<T> implements Iterator<NdjsonLine<T>>, Closeable {
    // In parallel mode: how many lines per worker thread, and how many characters (bytes, when read from
    // bytes) of lines plus one line, may be split and not yet given out.
    /** Lines are read in parallel in batches of up to this many lines (or {@link #BATCH_WEIGHT} characters). */
    private static final int LINES_PER_BATCH = 64;
    private static final long BATCH_WEIGHT = 64L * 1024;
    /** Batches in flight per thread. */
    private static final int BATCHES_PER_THREAD = 4;
    private static final long CHARACTERS_IN_FLIGHT = 4L * 1024 * 1024;

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
    private @Nullable OrderedPipeline<List<NdjsonLine<T>>> pipeline; // null: sequential
    /** The lines of the batch taken last from the pipeline and not given yet. */
    private final ArrayDeque<NdjsonLine<T>> ready = new ArrayDeque<>();
    private boolean split; // every line has been split off the input

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

    /**
     * Reads the lines on {@code threads} worker threads, and still gives them in line order, each with the
     * result it has when read alone. The thread that iterates splits the input into lines and hands them
     * to the workers in batches of up to 64 lines; memory stays bounded whatever the length of the stream:
     * at most 4 batches per thread, and at most 4 MiB of lines (characters, or bytes when read from bytes) plus
     * one batch, are split and not yet given out. The worker threads are daemon threads; they stop
     * at the end of the input and when this reader is closed (close it: try-with-resources), or after 10
     * seconds without work if it is abandoned unclosed.
     *
     * <pre>{@code
     * int cores = Runtime.getRuntime().availableProcessors();
     * try (NdjsonReader<Strain> lines = MsbiomeJson.reader().ndjson(path, Strain.class).parallel(cores)) {
     *     lines.forEachRemaining(line -> ...);   // line 1, 2, 3, ... as read sequentially
     * }
     * }</pre>
     *
     * <p>Once parallel, {@link #hasNext()} and {@link #next()} wait for the next line's workers; if the
     * waiting thread is interrupted they throw {@link IllegalStateException} with its interrupt status set.
     *
     * @param threads how many worker threads, at least 1 (such as the number of available processors)
     * @return this reader
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws IllegalStateException if a line has been read already, or if it is parallel already
     * @since 0.1.0
     */
    public NdjsonReader<T> parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
        if (pipeline != null || lineNumber > 0 || next != null) {
            throw new IllegalStateException("parallel(threads) must be called once, before the first line is read");
        }
        pipeline = new OrderedPipeline<>(threads, threads * BATCHES_PER_THREAD, CHARACTERS_IN_FLIGHT, "msbiome-ndjson");
        return this;
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
        if (pipeline != null) {
            pipeline.close();
        }
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable NdjsonLine<T> readNext() {
        if (pipeline == null) {
            Line line = split();
            return line == null ? null : counted(new NdjsonLine<>(line.number(), resultOf(line)));
        }
        if (!ready.isEmpty()) {
            return counted(ready.removeFirst());
        }
        // A task per batch of lines, not per line: a line is read in microseconds, about what handing a task
        // to another thread costs.
        while (!split && pipeline.hasRoom()) {
            List<Line> batch = new ArrayList<>();
            long weight = 0;
            while (batch.size() < LINES_PER_BATCH && weight < BATCH_WEIGHT) {
                Line line = split();
                if (line == null) {
                    split = true;
                    break;
                }
                batch.add(line);
                weight += line.length();
            }
            if (!batch.isEmpty()) {
                pipeline.submit(() -> {
                    List<NdjsonLine<T>> read = new ArrayList<>(batch.size());
                    for (Line line : batch) {
                        read.add(new NdjsonLine<>(line.number(), resultOf(line)));
                    }
                    return read;
                }, weight);
            }
        }
        if (pipeline.isEmpty()) {
            pipeline.close();
            return null;
        }
        ready.addAll(pipeline.take());
        return counted(ready.removeFirst());
    }

    /**
     * A line split off the input and not read yet: its characters or its UTF-8 bytes (with the final
     * {@code \r}, if any, left out), or neither when it is over the size limit.
     */
    private record Line(long number, @Nullable String text, byte @Nullable [] bytes, int length, boolean tooLong,
            boolean ascii) {}

    /** The next line that is not blank, or null at the end of the input. */
    private @Nullable Line split() {
        while (true) {
            Line line = bytes != null ? splitBytes() : splitChars();
            if (line == null || !blank(line)) {
                return line;
            }
        }
    }

    private static boolean blank(Line line) {
        return !line.tooLong() && (line.text() != null ? NdjsonText.blank(line.text()) : NdjsonText.blank(line.bytes(),
                NdjsonText.byteOrderMark(line.number(), line.bytes(), line.length()), line.length()));
    }

    private @Nullable Line splitChars() {
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
        return tooLong ? new Line(lineNumber, null, null, 0, true, false)
                : new Line(lineNumber, line.toString(), null, line.length(), false, false);
    }

    /** Reads a split line: called on the worker threads when reading in parallel. */
    private ReadResult<T> resultOf(Line line) {
        if (line.tooLong()) {
            return tooLong(line.number(), bytes != null ? "bytes" : "characters");
        }
        if (line.text() != null) {
            return reader.readLine(line.text(), type, line.number());
        }
        if (line.ascii()) {
            // ASCII without NUL, found while splitting: no byte order mark, nothing to decode
            return reader.readAsciiLine(line.bytes(), 0, line.length(), type, line.number());
        }
        return decoded(line.number(), line.bytes(), line.length());
    }

    private ReadResult<T> tooLong(long number, String unit) {
        return new ReadResult.Invalid<>(List.of(new Problem("", ProblemCode.LIMIT_EXCEEDED, "the line exceeds the "
                + "document size limit of " + maxLineLength + " " + unit, Optional.of(new TextLocation(number, 1)))));
    }

    private NdjsonLine<T> counted(NdjsonLine<T> line) {
        if (line.result().isValid()) {
            good++;
        } else {
            bad++;
        }
        return line;
    }

    private @Nullable Line splitBytes() {
        if (position < limit) {
            // Most lines lie inside the buffer: copied out once, without a growing buffer in between.
            int start = position;
            int end = start;
            // Whether the line is ASCII without NUL is found on the way (no byte at or below 0: a NUL, or a byte
            // of a multi-byte character, negative as a signed byte).
            int lowest = 1;
            byte b;
            while (end < limit && (b = byteBuffer[end]) != '\n') {
                lowest = Math.min(lowest, b);
                end++;
            }
            if (end < limit && end - start <= maxLineLength) {
                position = end + 1;
                lineNumber++;
                int length = end - start;
                if (length > 0 && byteBuffer[end - 1] == '\r') {
                    length--;
                }
                return new Line(lineNumber, null, Arrays.copyOfRange(byteBuffer, start, start + length), length, false,
                        lowest > 0);
            }
        }
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
            return new Line(lineNumber, null, null, 0, true, false);
        }
        byte[] text = line.toByteArray();
        int length = text.length;
        if (length > 0 && text[length - 1] == '\r') {
            length--;
        }
        return new Line(lineNumber, null, text, length, false, false);
    }

    private ReadResult<T> decoded(long number, byte[] text, int length) {
        int offset = NdjsonText.byteOrderMark(number, text, length);
        if (isAsciiWithoutNul(text, offset, length)) {
            // most lines: nothing to decode, and the parser reads the bytes as they are
            return reader.readAsciiLine(text, offset, length - offset, type, number);
        }
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
            return new ReadResult.Invalid<>(List.of(new Problem("", ProblemCode.SYNTAX, String.format(
                    Locale.ROOT, "the line is not valid UTF-8: byte 0x%02X at byte %d of the line cannot be decoded",
                    text[in.position()] & 0xFF, in.position() + 1), Optional.of(new TextLocation(number,
                    out.position() + 1L)))));
        }
        out.flip();
        return reader.readLine(out.toString(), type, number);
    }

    /** Whether every byte from {@code offset} to {@code length} is ASCII and none is NUL. */
    private static boolean isAsciiWithoutNul(byte[] text, int offset, int length) {
        for (int i = offset; i < length; i++) {
            if (text[i] <= 0) { // NUL, or a byte of a multi-byte character (negative as a signed byte)
                return false;
            }
        }
        return true;
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
