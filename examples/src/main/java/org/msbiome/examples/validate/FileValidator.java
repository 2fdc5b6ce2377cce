package org.msbiome.examples.validate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.msbiome.io.MsbiomeReader;
import org.msbiome.io.NdjsonLine;
import org.msbiome.io.NdjsonReader;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadResult;
import org.msbiome.io.SafeText;
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
    private boolean json;

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
                    .filter(FileValidator::isDocumentFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like {@link #filesOf(Path)}, but a subdirectory or file that cannot be read does not stop the search:
     * each is handed to {@code unreadable} with the reason, and the rest is still found.
     *
     * @param input a file or a directory
     * @param unreadable receives each path that cannot be listed or read, and why
     * @return the files found
     * @throws UncheckedIOException if {@code input} itself cannot be listed
     */
    public static List<Path> filesOf(Path input, BiConsumer<Path, String> unreadable) {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isDocumentFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(input)) {
                        throw e;
                    }
                    unreadable.accept(file, describe(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static boolean isDocumentFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(NDJSON_SUFFIX);
    }

    /**
     * Reports a path that could not be read as one problem of its own ({@code [unreadable]}), counted like an
     * invalid document.
     *
     * @param path the path
     * @param reason why it could not be read
     * @param out where the problem line goes
     */
    public void unreadable(Path path, String reason, Consumer<String> out) {
        count(path.toString(), Optional.empty(), List.of(Problem.of("", ProblemCode.UNREADABLE,
                "cannot be read: " + reason + " (the rest was still checked)")), out);
    }

    /**
     * Validates one stream, like standard input for the path {@code -}: NDJSON when its first non-blank line
     * is a whole JSON object on one line (begins with <code>{</code> and ends with <code>}</code>), else one
     * JSON document. A one-line document reads the same either way.
     *
     * @param name the name problems are reported under, like {@code <stdin>}
     * @param in the stream; not closed
     * @param out where problem lines go
     */
    public void validate(String name, InputStream in, Consumer<String> out) {
        files++;
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        boolean ndjson;
        try {
            ndjson = looksLikeNdjson(buffered);
        } catch (IOException e) {
            count(name, Optional.empty(), List.of(Problem.of("", ProblemCode.UNREADABLE,
                    "the input cannot be read: " + describe(e))), out);
            return;
        }
        InputStream unclosed = new java.io.FilterInputStream(buffered) {
            @Override
            public void close() {
                // standard input stays open
            }
        };
        if (ndjson) {
            validateNdjson(name, () -> unclosed, out);
        } else {
            validateDocument(name, () -> unclosed, out);
        }
    }

    private static boolean looksLikeNdjson(BufferedInputStream in) throws IOException {
        int limit = 1 << 20;
        in.mark(limit);
        try {
            byte[] head = in.readNBytes(limit);
            String text = new String(head, StandardCharsets.UTF_8);
            for (String line : text.split("\n", -1)) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    return t.length() >= 2 && t.startsWith("{") && t.endsWith("}") && text.contains("\n");
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** Opens the bytes to read. */
    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
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
     * Makes this validator write each problem as one JSON object ({@link JsonLines#problem}) instead of a line
     * for people.
     *
     * @return this validator
     */
    public FileValidator asJson() {
        json = true;
        return this;
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
        validateDocument(file.toString(), () -> Files.newInputStream(file), out);
    }

    private void validateDocument(String name, Source source, Consumer<String> out) {
        List<Problem> found;
        // The library's reader: bytes in UTF-8, UTF-16 or UTF-32 with or without a byte order mark, read no
        // further than the document size limit, whatever the file is (a device or a pipe has no size).
        try (InputStream in = source.open()) {
            ReadResult<Object> read = reader.readAny(in);
            found = read.problems();
            read.toOptional().ifPresent(value -> valid.accept(name, value));
        } catch (IOException | UncheckedIOException e) {
            found = List.of(Problem.of("", ProblemCode.UNREADABLE, "the file cannot be read: " + describe(e)));
        }
        count(name, Optional.empty(), found, out);
    }

    private void validateNdjson(Path file, Consumer<String> out) {
        validateNdjson(file.toString(), () -> Files.newInputStream(file), out);
    }

    private void validateNdjson(String name, Source source, Consumer<String> out) {
        // The library's NDJSON reader: a line that is not UTF-8 is one bad line, and reading goes on.
        try (NdjsonReader<Object> lines = reader.ndjsonAny(source.open())) {
            while (lines.hasNext()) {
                NdjsonLine<Object> line = lines.next();
                String where = name + ":" + line.lineNumber();
                line.result().toOptional().ifPresent(value -> valid.accept(where, value));
                count(name, Optional.of(line.lineNumber()), line.result().problems(), out);
            }
        } catch (IOException | UncheckedIOException e) {
            count(name, Optional.empty(), List.of(Problem.of("", ProblemCode.UNREADABLE,
                    "the file cannot be read: " + describe(e) + " (reading stopped here)")), out);
        }
    }

    private void count(String file, Optional<Long> ndjsonLine, List<Problem> found, Consumer<String> out) {
        documents++;
        if (!found.isEmpty()) {
            invalidDocuments++;
            problems += found.size();
            for (Problem problem : found) {
                out.accept(json ? JsonLines.problem(file, ndjsonLine, problem) : format(file, ndjsonLine, problem));
            }
        }
        if (progressEvery > 0 && documents % progressEvery == 0) {
            progress.accept(String.format(Locale.ROOT, "msbiome: %,d %s checked, %,d invalid (now at %s%s)",
                    documents, documents == 1 ? "document" : "documents", invalidDocuments, SafeText.escape(file),
                    ndjsonLine.map(l -> String.format(Locale.ROOT, " line %,d", l))
                            .orElse("")));
        }
    }

    /**
     * One problem as one line: {@code file[:line[:column]]: pointer: [code] message}. The line and column
     * are there when the reader knows them (syntax problems); for an NDJSON stream the line is the stream's
     * line, always there.
     */
    static String format(String file, Optional<Long> ndjsonLine, Problem problem) {
        StringBuilder where = new StringBuilder(SafeText.escape(file));
        Optional<TextLocation> location = problem.location();
        if (ndjsonLine.isPresent()) {
            where.append(':').append(ndjsonLine.get());
            location.ifPresent(l -> where.append(':').append(l.column()));
        } else {
            location.ifPresent(l -> where.append(':').append(l.line()).append(':').append(l.column()));
        }
        return where + ": " + (problem.pointer().isEmpty() ? "(document)" : shortPointer(problem.pointer()))
                + ": [" + problem.code().code() + "] " + SafeText.escape(problem.message());
    }

    /** Pointers printed as text keep their start and end; a longer one (a 1 MB key) says how long it is. */
    static final int MAX_POINTER = 200;

    static String shortPointer(String pointer) {
        if (pointer.length() <= MAX_POINTER) {
            return SafeText.escape(pointer);
        }
        int head = 120;
        int tail = 60;
        if (Character.isHighSurrogate(pointer.charAt(head - 1))) {
            head--;
        }
        if (Character.isLowSurrogate(pointer.charAt(pointer.length() - tail))) {
            tail--;
        }
        return SafeText.escape(pointer.substring(0, head)) + String.format(java.util.Locale.ROOT, "...(%,d characters)...",
                pointer.length()) + SafeText.escape(pointer.substring(pointer.length() - tail));
    }

    static String describe(Exception e) {
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
        /**
         * The summary as one JSON object of type {@code summary}.
         *
         * @return the line
         */
        public String toJson() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("type", "summary");
            fields.put("files", files);
            fields.put("documents", documents);
            fields.put("invalid", invalidDocuments);
            fields.put("problems", problems);
            fields.put("valid", allValid());
            return JsonLines.line(fields);
        }

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
}
