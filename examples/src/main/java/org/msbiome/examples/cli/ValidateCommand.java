package org.msbiome.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.msbiome.core.evidence.Finding;
import org.msbiome.examples.summary.FindingPlausibility;
import org.msbiome.examples.validate.FileValidator;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msbiome validate}: checks files, directories and NDJSON streams with the strict reader. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check msbiome documents with the strict reader and print every problem as",
            "  file: pointer: [code] message",
            "with :line:column after the file for malformed JSON, and the line of the stream",
            "for every problem of an NDJSON file.",
            "A directory is searched recursively for *.json and *.ndjson files; a *.ndjson file holds",
            "one document per line. Exit code: 0 when all documents are valid, 1 when any is not,",
            "2 on a usage error.",
            "With --plausibility, the group summaries of valid findings are also checked (GRIM, GRIMMER,",
            "SD bounds, an SD that looks like an SE) and each flag is printed; flags are not problems",
            "and do not change the exit code."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to check")
    List<Path> paths = List.of();

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "100000",
            description = "write a progress line to standard error every N documents (default ${DEFAULT-VALUE}; 0 for none)")
    long progressEvery;

    @Option(names = "--plausibility", description = "also check whether the reported means and SDs of each finding "
            + "can be true, and print the flags")
    boolean plausibility;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (progressEvery < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--progress-every " + progressEvery + " is negative; expected 0 (no progress lines) or more");
        }
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: '" + path + "'");
            }
            List<Path> found;
            try {
                found = FileValidator.filesOf(path);
            } catch (UncheckedIOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "cannot list directory '" + path + "': " + e.getCause().getMessage());
            }
            if (found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no *.json or *.ndjson files under '" + path + "'");
            }
            files.addAll(found);
        }
        List<String> flags = new ArrayList<>();
        FileValidator validator = new FileValidator(MsbiomeJson.reader(), progressEvery, line -> {
            err.println(line);
            err.flush();
        }, (where, value) -> {
            if (plausibility && value instanceof Finding finding) {
                FindingPlausibility.of(finding).forEach(f -> flags.add(SafeText.escape(where + ": plausibility: " + f.describe())));
            }
        });
        for (Path file : files) {
            validator.validate(file, out::println);
        }
        FileValidator.Summary summary = validator.summary();
        out.println(summary);
        if (plausibility) {
            flags.forEach(out::println);
            out.println("plausibility: " + (flags.isEmpty() ? "no flag" : flags.size() == 1 ? "1 flag" : flags.size() + " flags")
                    + " (a flag is not a problem of the document and not a verdict on the study: it says what it assumed)");
        }
        return summary.allValid() ? MsbiomeCommand.OK : MsbiomeCommand.INVALID;
    }
}
