package org.msbiome.examples.cli;

import static org.msbiome.examples.cli.TerminalText.println;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.examples.summary.Outcomes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msbiome outcomes}: what {@code summarize} can be asked about, with the codes that select each. */
@Command(
        name = "outcomes",
        mixinStandardHelpOptions = true,
        description = {
            "List the outcomes of the findings in the PATHs (files, directories, or - for standard",
            "input), or of the bundled catalog with --catalog or when no PATH is given: one line per",
            "outcome with the code that selects it in 'msbiome summarize', its title and the number",
            "of findings on it."
        })
final class OutcomesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "finding documents: files, directories, or - for "
            + "standard input")
    List<Path> paths = List.of();

    @Option(names = "--catalog", description = "also list the bundled catalog's outcomes (the default when no PATH "
            + "is given)")
    boolean catalog;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FindingSources sources = FindingSources.read(spec.commandLine(), paths, catalog || paths.isEmpty(), out);
        Outcomes outcomes = sources.outcomes();
        int width = outcomes.entries().stream().mapToInt(e -> e.code().length()).max().orElse(4);
        out.println(String.format(Locale.ROOT, "%-" + width + "s  %8s  %s", "code", "findings", "title"));
        for (Outcomes.Entry entry : outcomes.entries()) {
            println(out, String.format(Locale.ROOT, "%-" + width + "s  %8d  %s%s", entry.code(), entry.findings(),
                    entry.measure().title(), qualifiers(entry.measure())));
        }
        return sources.allValid() ? MsbiomeCommand.OK : MsbiomeCommand.INVALID;
    }

    /** What tells a marker measure apart from another of the same marker: its specimen and unit. */
    static String qualifiers(OutcomeMeasure measure) {
        if (measure instanceof MarkerMeasure marker) {
            return " (" + marker.specimen().map(s -> s.code() + ", ").orElse("")
                    + marker.unit().map(u -> u.code()).orElse("unit not reported") + ")";
        }
        return "";
    }
}
