package org.msbiome.examples.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.msbiome.io.MsbiomeReader;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadResult;
import org.msbiome.io.TextLocation;

/**
 * Validates msbiome documents in files, directories and NDJSON streams with the strict reader, and reports
 * every problem as one line for people: {@code file: pointer: [code] message}, with {@code :line:column}
 * after the file for syntax problems (the only problems the reader locates in the text), and the stream's
 * line for every problem of an NDJSON stream.
 *
 * <p>A file whose name ends with {@code .ndjson} is read as NDJSON (one document per line, UTF-8), in
 * constant memory; any other file is one JSON document. A directory is searched recursively for
 * {@code *.json} and {@code *.ndjson} files, in name order. Every document may be of any kind the reader
 * knows.
 */
public final class FileValidator {
    private static final String NDJSON_SUFFIX = ".ndjson";

    private final MsbiomeReader reader;
    private final long progressEvery;
    private final Consumer<String> progress;
    private final BiConsumer<String, Object> valid;
    private long documents;
    private long invalidDocuments;
    private long problems;
    private long files;

    /**
     * A validator.
     *
     * @param reader the reader that checks each document
     * @param progressEvery after how many documents a progress line is written; 0 for none
     * @param progress where progress lines go (standard error for the command-line tool)
     */
    public FileValidator(MsbiomeReader reader, long progressEvery, Consumer<String> progress) {
        this(reader, progressEvery, progress, (where, value) -> { });
    }

    /**
     * A validator that also hands each valid document's value to {@code valid}, with where it was read
     * ({@code file} or {@code file:line} for NDJSON), as {@code msbiome validate --plausibility} does to
     * check the statistics of each finding.
     *
     * @param reader the reader that checks each document
     * @param progressEvery after how many documents a progress line is written; 0 for none
     * @param progress where progress lines go (standard error for the command-line tool)
     * @param valid what to do with each valid document's value
     */
    public FileValidator(MsbiomeReader reader, long progressEvery, Consumer<String> progress,
            BiConsumer<String, Object> valid) {
        this.valid = Objects.requireNonNull(valid, "valid");
        this.reader = Objects.requireNonNull(reader, "reader");
        if (progressEvery < 0) {
            throw new IllegalArgumentException("progressEvery " + progressEvery + " is negative; expected 0 (none) or more");
        }
        this.progressEvery = progressEvery;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * The files to validate for one input: the file itself, or the {@code *.json} and {@code *.ndjson}
     * files under a directory, in name order.
     *
     * @param input a file or a directory
     * @return the files
     * @throws UncheckedIOException if a directory cannot be listed
     */
    public static List<Path> filesOf(Path input) {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".json") || name.endsWith(NDJSON_SUFFIX);
                    })
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates one file and writes a line for each problem to {@code out}.
     *
     * @param file a JSON document, or an NDJSON stream when its name ends with {@code .ndjson}
     * @param out where problem lines go
     */
    public void validate(Path file, Consumer<String> out) {
        files++;
        if (file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(NDJSON_SUFFIX)) {
            validateNdjson(file, out);
        } else {
            validateDocument(file, out);
        }
    }

    /**
     * What was checked so far.
     *
     * @return the counts
     */
    public Summary summary() {
        return new Summary(files, documents, invalidDocuments, problems);
    }

    private void validateDocument(Path file, Consumer<String> out) {
        long limit = reader.limits().maxDocumentLength();
        List<Problem> found;
        try {
            // UTF-8 needs at most 3 bytes per UTF-16 char, so a larger file exceeds the limit without reading it
            if (Files.size(file) > 3 * limit) {
                found = List.of(Problem.of("", ProblemCode.LIMIT_EXCEEDED,
                        "the file exceeds the document size limit of " + limit + " characters"));
            } else {
                ReadResult<Object> read = reader.readAny(decode(Files.readAllBytes(file)));
                found = read.problems();
                read.toOptional().ifPresent(value -> valid.accept(file.toString(), value));
            }
        } catch (CharacterCodingException e) {
            found = List.of(Problem.of("", ProblemCode.SYNTAX, "the file is not UTF-8 text; msbiome documents are UTF-8"));
        } catch (IOException e) {
            found = List.of(Problem.of("", ProblemCode.SYNTAX, "the file cannot be read: " + describe(e)));
        }
        count(file.toString(), Optional.empty(), found, out);
    }

    private void validateNdjson(Path file, Consumer<String> out) {
        String name = file.toString();
        long limit = reader.limits().maxDocumentLength();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long lineNumber = 0;
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 1 << 16)) {
            LineReader lines = new LineReader(in, limit);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                List<Problem> found;
                if (line.tooLong()) {
                    found = List.of(Problem.of("", ProblemCode.LIMIT_EXCEEDED,
                            "the line exceeds the document size limit of " + limit + " characters"));
                } else if (line.text().isBlank()) {
                    found = List.of(Problem.of("", ProblemCode.EMPTY_DOCUMENT,
                            "the line is empty; NDJSON has one document per line"));
                } else {
                    ReadResult<Object> read = reader.readAny(line.text());
                    found = read.problems();
                    String where = name + ":" + lineNumber;
                    read.toOptional().ifPresent(value -> valid.accept(where, value));
                }
                count(name, Optional.of(lineNumber), found, out);
            }
        } catch (CharacterCodingException e) {
            count(name, Optional.of(lineNumber + 1), List.of(Problem.of("", ProblemCode.SYNTAX,
                    "the line is not UTF-8 text; NDJSON is UTF-8 (reading stopped here)")), out);
        } catch (IOException | UncheckedIOException e) {
            count(name, Optional.of(lineNumber + 1), List.of(Problem.of("", ProblemCode.SYNTAX,
                    "the file cannot be read: " + describe(e) + " (reading stopped here)")), out);
        }
    }

    private void count(String file, Optional<Long> ndjsonLine, List<Problem> found, Consumer<String> out) {
        documents++;
        if (!found.isEmpty()) {
            invalidDocuments++;
            problems += found.size();
            for (Problem problem : found) {
                out.accept(format(file, ndjsonLine, problem));
            }
        }
        if (progressEvery > 0 && documents % progressEvery == 0) {
            progress.accept(String.format(Locale.ROOT, "msbiome: %,d documents checked, %,d invalid (now at %s%s)",
                    documents, invalidDocuments, file, ndjsonLine.map(l -> String.format(Locale.ROOT, " line %,d", l))
                            .orElse("")));
        }
    }

    /**
     * One problem as one line: {@code file[:line[:column]]: pointer: [code] message}. The line and column
     * are there when the reader knows them (syntax problems); for an NDJSON stream the line is the stream's
     * line, always there.
     */
    static String format(String file, Optional<Long> ndjsonLine, Problem problem) {
        StringBuilder where = new StringBuilder(file);
        Optional<TextLocation> location = problem.location();
        if (ndjsonLine.isPresent()) {
            where.append(':').append(ndjsonLine.get());
            location.ifPresent(l -> where.append(':').append(l.column()));
        } else {
            location.ifPresent(l -> where.append(':').append(l.line()).append(':').append(l.column()));
        }
        return where + ": " + (problem.pointer().isEmpty() ? "(document)" : problem.pointer()) + ": ["
                + problem.code().code() + "] " + problem.message();
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /**
     * What a validation checked.
     *
     * @param files files read
     * @param documents documents checked (a JSON file is one document, an NDJSON line is one)
     * @param invalidDocuments documents with at least one problem
     * @param problems problems found
     */
    public record Summary(long files, long documents, long invalidDocuments, long problems) {
        /** Whether every document was valid. @return true when no document had a problem */
        public boolean allValid() {
            return invalidDocuments == 0;
        }

        @Override
        public String toString() {
            if (allValid()) {
                return String.format(Locale.ROOT, "%,d %s in %,d %s: all valid", documents,
                        documents == 1 ? "document" : "documents", files, files == 1 ? "file" : "files");
            }
            return String.format(Locale.ROOT, "%,d %s in %,d %s: %,d valid, %,d invalid (%,d %s)", documents,
                    documents == 1 ? "document" : "documents", files, files == 1 ? "file" : "files",
                    documents - invalidDocuments, invalidDocuments, problems, problems == 1 ? "problem" : "problems");
        }
    }

    /** Splits a stream into lines without holding a line longer than the limit in memory. */
    private static final class LineReader {
        private final Reader in;
        private final long limit;
        private final char[] buffer = new char[8192];
        private int position;
        private int end;
        private boolean endOfInput;

        LineReader(Reader in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        record Line(String text, boolean tooLong) {}

        Line next() throws IOException {
            StringBuilder text = new StringBuilder();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == end) {
                    if (endOfInput || !fill()) {
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = position;
                while (position < end && buffer[position] != '\n') {
                    position++;
                }
                if (!tooLong) {
                    if (text.length() + (position - start) > limit) {
                        tooLong = true;
                        text.setLength(0);
                    } else {
                        text.append(buffer, start, position - start);
                    }
                }
                if (position < end) {
                    position++;
                    break;
                }
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
                text.setLength(text.length() - 1);
            }
            return new Line(text.toString(), tooLong);
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                endOfInput = true;
                return false;
            }
            position = 0;
            end = n;
            return true;
        }
    }
}
