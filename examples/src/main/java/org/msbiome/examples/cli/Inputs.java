package org.msbiome.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.msbiome.examples.validate.FileValidator;
import org.msbiome.io.MsbiomeJson;
import picocli.CommandLine;

/**
 * The paths a command reads: files, directories (searched for {@code *.json} and {@code *.ndjson}) and
 * {@code -} for standard input. Every path is checked before anything is read, so a usage error comes
 * before any output; a subdirectory that cannot be read is reported as one problem and the rest is read.
 */
final class Inputs {
    /** The name standard input's problems are reported under. */
    static final String STDIN = "<stdin>";

    /** Where standard input is read from; tests replace it. */
    static InputStream standardInput = System.in;

    private Inputs() {}

    /**
     * Validates every path with {@code validator}, reporting each problem line to {@code out}.
     *
     * @throws CommandLine.ParameterException if a path does not exist, a directory holds no document file or
     *     cannot be listed, or {@code -} is given twice
     */
    static void validate(CommandLine cli, List<Path> paths, FileValidator validator, Consumer<String> out) {
        List<Runnable> steps = new ArrayList<>();
        boolean stdin = false;
        for (Path path : paths) {
            if (path.toString().equals("-")) {
                if (stdin) {
                    throw new CommandLine.ParameterException(cli, "'-' (standard input) is given twice; it can be read once");
                }
                stdin = true;
                steps.add(() -> validator.validate(STDIN, standardInput, out));
                continue;
            }
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(cli, "no such file or directory: '" + path + "'");
            }
            List<Runnable> unreadable = new ArrayList<>();
            List<Path> found;
            try {
                found = FileValidator.filesOf(path, (p, why) -> unreadable.add(() -> validator.unreadable(p, why, out)));
            } catch (UncheckedIOException e) {
                throw new CommandLine.ParameterException(cli,
                        "cannot list directory '" + path + "': " + e.getCause().getMessage());
            }
            if (found.isEmpty() && unreadable.isEmpty()) {
                throw new CommandLine.ParameterException(cli, "no *.json or *.ndjson files under '" + path + "'");
            }
            steps.addAll(unreadable);
            found.forEach(file -> steps.add(() -> validator.validate(file, out)));
        }
        steps.forEach(Runnable::run);
    }

    /**
     * Reads every path, giving each valid document's value to {@code values}; prints each problem to
     * {@code out}, progress to the command's standard error, and with {@code json} the summary object.
     *
     * @return what was read, for the caller's own summary line (text) or its validity (both)
     * @throws CommandLine.ParameterException as {@link #validate} does
     */
    static FileValidator.Summary readValues(CommandLine cli, List<Path> paths, PrintWriter out, boolean json,
            Consumer<Object> values) {
        PrintWriter err = cli.getErr();
        FileValidator validator = new FileValidator(MsbiomeJson.reader(), 100_000, line -> {
            err.println(line);
            err.flush();
        }, (where, value) -> values.accept(value));
        if (json) {
            validator.asJson();
        }
        validate(cli, paths, validator, out::println);
        FileValidator.Summary summary = validator.summary();
        if (json) {
            out.println(summary.toJson());
        }
        return summary;
    }
}
