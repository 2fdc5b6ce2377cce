package org.msbiome.examples.cli;

import static org.msbiome.examples.cli.TerminalText.println;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.msbiome.examples.validate.FileValidator;
import org.msbiome.examples.validate.JsonLines;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ctgov.CtgovImport;
import org.msbiome.io.ctgov.CtgovImporter;
import org.msbiome.io.ctgov.MissingField;
import org.msbiome.io.ctgov.RejectedValue;

/**
 * {@code import-ctgov} over several files and directories: one line per record (or one JSON object per record
 * and per problem), a progress line on standard error every N records, and a summary. A file that cannot be
 * read, is not UTF-8 text or is not a study record is reported and the run goes on; so does a subdirectory
 * that cannot be listed.
 */
final class ImportRun {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final long progressEvery;
    private final ImportOutput target;
    /** How many rejected values and missing members the text line of a record lists. */
    private final int listed;
    private long notWritten;
    private long files;
    private long imported;
    private long clean;
    private long notRecords;
    private long unreadable;

    ImportRun(PrintWriter out, PrintWriter err, OutputFormat format, long progressEvery, ImportOutput target,
            int listed) {
        this.listed = listed;
        this.out = out;
        this.err = err;
        this.json = format == OutputFormat.JSON;
        this.progressEvery = progressEvery;
        this.target = target;
    }

    /** Imports every file of {@code paths}, in order (a directory's files in name order); returns the exit code. */
    int run(List<Path> paths) {
        for (Path path : paths) {
            List<Path> found;
            try {
                found = FileValidator.filesOf(path, this::unreadable);
            } catch (UncheckedIOException e) {
                unreadable(path, reason(e));
                continue;
            }
            for (Path file : found) {
                boolean fromDirectory = !file.equals(path);
                if (fromDirectory && (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                        || target != null && target.holds(file))) {
                    continue;
                }
                if (!importFile(file)) {
                    return MsbiomeCommand.USAGE;
                }
            }
        }
        summary();
        return imported == clean && notRecords == 0 && unreadable == 0 && notWritten == 0 ? MsbiomeCommand.OK
                : MsbiomeCommand.INVALID;
    }

    /** Imports one file; false when the output cannot be written (which ends the run). */
    private boolean importFile(Path file) {
        CtgovImport result;
        try {
            result = CtgovImporter.importFile(file);
        } catch (IOException | UncheckedIOException e) {
            unreadable(file, reason(e));
            return true;
        } catch (InvalidDocumentException e) {
            notRecord(file, e);
            return true;
        }
        imported++;
        if (result.isClean()) {
            clean++;
        }
        count();
        ImportOutput.Written output = new ImportOutput.Written(List.of(), List.of());
        if (target != null) {
            try {
                output = target.write(result, file);
            } catch (IOException | UncheckedIOException e) {
                println(err, "msbiome: import-ctgov: cannot write " + target.target() + ": " + reason(e));
                return false;
            }
        }
        List<Path> written = output.files();
        notWritten += output.notWritten().size();
        if (json) {
            record(file.toString(), result, written);
            output.notWritten().forEach(m -> out.println(JsonLines.ordered("type", "not-written", "message",
                    file + ": " + m)));
        } else {
            String wrote = target == null ? "" : written.isEmpty() ? "; nothing to write"
                    : ImportOutput.isNdjson(target.target())
                            ? "; wrote " + plural(written.size(), "document", "documents") + " to " + target.target()
                            : "; wrote " + String.join(", ", written.stream().map(Path::toString).toList());
            println(out, file + ": " + result.study().nctId().map(id -> id.value()).orElse("no NCT ID") + ": "
                    + describe(result) + wrote);
            result.rejected().stream().limit(listed).forEach(r -> println(out, "  rejected: " + r));
            result.missing().stream().limit(listed).forEach(m -> println(out, "  missing: " + m));
            long more = Math.max(0, result.rejected().size() - listed) + Math.max(0, result.missing().size() - listed);
            if (more > 0) {
                println(out, "  ... and " + String.format(Locale.ROOT, "%,d", more) + " more rejected values and"
                        + " missing members (--all lists every one; --format json writes each as a line)");
            }
            output.notWritten().forEach(m -> println(out, "  " + m));
        }
        return true;
    }

    private static String describe(CtgovImport result) {
        List<String> parts = new ArrayList<>();
        parts.add(result.design().isPresent() ? "design" : "no design");
        result.results().ifPresent(r -> parts.add(r.safety().isPresent() ? "results with harms" : "results"));
        return String.join(", ", parts) + "; " + result.inferred().size() + " inferred, " + result.rejected().size()
                + " rejected, " + result.missing().size() + " missing, " + result.unmapped().size() + " unmapped";
    }

    private void record(String file, CtgovImport result, List<Path> written) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "record");
        f.put("file", file);
        f.put("nctId", result.study().nctId().map(id -> id.value()));
        f.put("design", result.design().isPresent());
        f.put("results", result.results().isPresent());
        f.put("harms", result.results().flatMap(r -> r.safety()).isPresent());
        f.put("inferred", result.inferred().size());
        f.put("rejected", result.rejected().size());
        f.put("missing", result.missing().size());
        f.put("unmapped", result.unmapped().size());
        f.put("clean", result.isClean());
        f.put("written", written.stream().distinct().map(Path::toString).toList());
        out.println(JsonLines.line(f));
        for (RejectedValue r : result.rejected()) {
            out.println(JsonLines.ordered("type", "rejected", "file", file, "pointer", r.pointer(), "value", r.value(),
                    "message", r.reason()));
        }
        for (MissingField m : result.missing()) {
            out.println(JsonLines.ordered("type", "missing", "file", file, "pointer", m.pointer(), "member", m.member(),
                    "message", m.reason()));
        }
    }

    private void notRecord(Path file, InvalidDocumentException e) {
        notRecords++;
        count();
        Optional<String> notText = notUtf8(file, e);
        if (notText.isPresent()) {
            String message = "not UTF-8 text: " + notText.get() + "; a study record is JSON text";
            if (json) {
                out.println(JsonLines.problem(file.toString(), Optional.empty(),
                        Problem.of("", ProblemCode.SYNTAX, message)));
            } else {
                println(out, file + ": " + message);
            }
            return;
        }
        if (json) {
            e.problems().forEach(p -> out.println(JsonLines.problem(file.toString(), Optional.empty(), p)));
            return;
        }
        println(out, file + ": not a ClinicalTrials.gov study record:");
        e.problems().forEach(p -> println(out, "  " + p));
    }

    private void unreadable(Path path, String why) {
        unreadable++;
        if (!Files.isDirectory(path)) {
            count();
        }
        String message = "cannot be read: " + why + " (the rest was still imported)";
        if (json) {
            out.println(JsonLines.problem(path.toString(), Optional.empty(),
                    Problem.of("", ProblemCode.UNREADABLE, message)));
        } else {
            println(out, path + ": " + message);
        }
    }

    private void count() {
        files++;
        if (progressEvery > 0 && files % progressEvery == 0) {
            err.println(String.format(Locale.ROOT, "msbiome: %s read: %,d imported, %,d not imported",
                    plural(files, "file", "files"), imported, files - imported));
            err.flush();
        }
    }

    private void summary() {
        long failed = notRecords + unreadable;
        if (json) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "import-summary");
            f.put("files", files);
            f.put("imported", imported);
            f.put("clean", clean);
            f.put("notRecords", notRecords);
            f.put("unreadable", unreadable);
            f.put("documents", target == null ? 0 : target.documents());
            f.put("valid", imported == clean && failed == 0);
            out.println(JsonLines.line(f));
            return;
        }
        println(out, plural(files, "file", "files") + ": " + plural(imported, "record", "records") + " imported ("
                + clean + " clean, " + (imported - clean) + " with rejected or missing values), " + notRecords
                + (notRecords == 1 ? " file is" : " files are") + " not a study record, " + unreadable + " unreadable"
                + (target == null ? "" : "; " + plural(target.documents(), "document", "documents") + " written to "
                        + target.target()));
    }

    static String plural(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /**
     * Why a file the reader refused is not text, when that is the reason: the reader's syntax problem about
     * bytes becomes "not UTF-8 text" with the byte, like {@code validate} says of a bad line.
     */
    static Optional<String> notUtf8(Path file, InvalidDocumentException e) {
        if (e.problems().stream().noneMatch(p -> p.code() == ProblemCode.SYNTAX)) {
            return Optional.empty();
        }
        return Utf8.whyNot(file);
    }

    /** The reason of an I/O failure in words ("permission denied"), never a bare exception class or a path. */
    static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
