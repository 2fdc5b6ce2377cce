package org.msbiome.examples.cli;

import static org.msbiome.examples.cli.TerminalText.println;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.core.evidence.synthesis.PoolingMethod;
import org.msbiome.core.evidence.synthesis.PoolingOptions;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.core.evidence.Finding;
import org.msbiome.examples.summary.EvidenceSummary;
import org.msbiome.examples.summary.Outcomes;
import org.msbiome.examples.summary.SynthesisReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msbiome summarize}: the evidence for one outcome, from the user's findings or the catalog, pooled. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "Summarize the evidence for one outcome: a table of studies and effects, the pooled estimate",
            "with Q, I², τ² and the prediction interval, and a forest plot as an SVG file.",
            "The findings are read from the PATHs (finding documents in files, directories searched for",
            "*.json and *.ndjson, or - for standard input), and from the bundled catalog with --catalog",
            "or when no PATH is given. The OUTCOME is named by its code, title or an alias (EDSS, BDI-II,",
            "TNF-a, IL10); 'msbiome outcomes' lists them with their codes.",
            "Retracted studies are left out of the pooled estimate, and listed.",
            "Exit code: 0 pooled, 1 an input has problems, 2 usage error, 3 nothing to pool."
        })
final class SummarizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTCOME", description = "the outcome: a code, title or alias, like "
            + "EDSS, BDI-II or hs-CRP")
    String outcome = "";

    @Parameters(index = "1..*", paramLabel = "PATH", description = "finding documents: files, directories, or - "
            + "for standard input")
    List<Path> paths = List.of();

    @Option(names = "--catalog", description = "also use the bundled catalog's findings (the default when no PATH "
            + "is given)")
    boolean catalog;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "REML",
            description = "pooling method, as metafor's rma(method=): FE (fixed effect), or the tau2 estimator "
                    + "DL, REML (default), HS, HE, SJ, ML, EB or PM")
    String method = "REML";

    @Option(names = "--knha", description = "Knapp-Hartung test and intervals (metafor test=\"knha\")")
    boolean knha;

    @Option(names = "--leave-one-out", description = "repeat the pooling without each study in turn")
    boolean leaveOneOut;

    @Option(names = "--trim-fill", description = "trim-and-fill (L0 estimator, side as metafor chooses)")
    boolean trimFill;

    @Option(names = "--funnel", paramLabel = "FILE", description = "write a funnel plot to FILE (with the "
            + "imputed studies under --trim-fill)")
    Optional<Path> funnel = Optional.empty();

    @Option(names = "--measure", paramLabel = "MD|SMD", defaultValue = "MD",
            description = "effect measure: MD (mean difference, default) or SMD (Hedges' g)")
    String measure = "MD";

    @Option(names = "--assume-sd", description = "take an unstated '±' to be an SD (the sources do not say); "
            + "the assumption is recorded and printed")
    boolean assumeSd;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default), or json: one JSON object per study, the pooled estimate (or why none), "
                    + "each published result and each problem of the PATHs, one per line "
                    + "(schema: org/msbiome/examples/cli/output.schema.json)")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--svg", paramLabel = "FILE", description = "write the forest plot to FILE")
    Optional<Path> svg = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PoolingMethod pooling = parse(PoolingMethod.class, method, "--method");
        EffectMeasure effect = parse(EffectMeasure.class, measure, "--measure");
        if (effect != EffectMeasure.MEAN_DIFFERENCE && effect != EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--measure '" + measure + "' is not supported here; expected MD or SMD");
        }
        Optional<Path> svgFile = svg.map(f -> OutputPaths.file(spec.commandLine(), f, "--svg"));
        Optional<Path> funnelFile = funnel.map(f -> OutputPaths.file(spec.commandLine(), f, "--funnel"));
        FindingSources sources = FindingSources.read(spec.commandLine(), paths, catalog || paths.isEmpty(), out,
                format == OutputFormat.JSON);
        OutcomeMeasure wanted = outcome(sources.outcomes());
        List<Finding> findings = sources.findings().stream().filter(f -> f.measure().equals(wanted)).toList();
        Set<String> studies = new HashSet<>();
        for (Finding f : findings) {
            if (!studies.add(f.study().label())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "study '" + f.study().label()
                        + "' has more than one finding on " + wanted.title() + " (given twice, or in a PATH and in the "
                        + "catalog?); expected one finding per study");
            }
        }
        PoolingOptions options = knha ? PoolingOptions.defaults().withKnappHartung() : PoolingOptions.defaults();
        EvidenceSummary summary = EvidenceSummary.of(wanted, findings, effect, pooling, options,
                assumeSd, sources.publishedOn(wanted));
        if (format == OutputFormat.JSON) {
            SummaryJson.lines(summary, outcomeCode(sources)).forEach(out::println);
            svgFile.filter(f -> summary.drawable()).ifPresent(f -> write(f, "--svg", summary.toForestPlot().toSvg()));
            if (summary.pooled().isPresent() && funnelFile.isPresent()) {
                write(funnelFile.get(), "--funnel", SynthesisReport.funnel(wanted.title() + ": funnel plot",
                        summary.measureName(), summary.pooled().get(), trimFill).toSvg());
            }
            return !sources.allValid() ? MsbiomeCommand.INVALID
                    : summary.pooled().isPresent() ? MsbiomeCommand.OK : MsbiomeCommand.NOTHING_TO_POOL;
        }
        // study labels, outcome titles and notes come from the documents: each line is printed as text from input
        summary.toText().forEach(line -> println(out, line));
        if (summary.pooled().isPresent()) {
            PooledSummary<EffectMeasure> pooled = summary.pooled().get();
            SynthesisReport.details(pooled).forEach(line -> println(out, line));
            if (leaveOneOut) {
                SynthesisReport.leaveOneOut(pooled).forEach(line -> println(out, line));
            }
            if (trimFill) {
                SynthesisReport.trimAndFill(pooled).forEach(line -> println(out, line));
            }
            if (funnelFile.isPresent()) {
                write(funnelFile.get(), "--funnel", SynthesisReport.funnel(wanted.title() + ": funnel plot",
                        summary.measureName(), pooled, trimFill).toSvg());
                println(out, "Funnel plot: " + funnelFile.get());
            }
        } else if (funnel.isPresent() || leaveOneOut || trimFill) {
            out.println("No funnel plot, leave-one-out or trim-and-fill: nothing was pooled");
        }
        if (svgFile.isPresent()) {
            if (!summary.drawable()) {
                out.println("No forest plot: no study has an effect with a confidence interval and no published result"
                        + " is a " + summary.measure().code() + (summary.rows().stream().anyMatch(r -> r.status()
                                .contains("--assume-sd")) ? " (--assume-sd gives an effect to a study whose '±' is not"
                                + " stated to be an SD)" : ""));
            } else {
                write(svgFile.get(), "--svg", summary.toForestPlot().toSvg());
                println(out, "Forest plot: " + svgFile.get());
            }
        }
        if (!sources.allValid()) {
            return MsbiomeCommand.INVALID;
        }
        return summary.pooled().isPresent() ? MsbiomeCommand.OK : MsbiomeCommand.NOTHING_TO_POOL;
    }

    private OutcomeMeasure outcome(Outcomes outcomes) {
        Outcomes.Match match = outcomes.find(outcome);
        if (match instanceof Outcomes.Match.Found found) {
            return found.entry().measure();
        }
        if (match instanceof Outcomes.Match.Ambiguous ambiguous) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + outcome + "' names "
                    + ambiguous.candidates().size() + " outcomes; choose one by its code: " + String.join("; ",
                            ambiguous.candidates().stream().map(SummarizeCommand::describe).toList()));
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "no finding is on '" + outcome
                + "'; outcomes (code: title): " + (outcomes.entries().isEmpty() ? "none"
                        : String.join("; ", outcomes.entries().stream().map(SummarizeCommand::describe).toList())));
    }

    private String outcomeCode(FindingSources sources) {
        return ((Outcomes.Match.Found) sources.outcomes().find(outcome)).entry().code();
    }

    static String describe(Outcomes.Entry entry) {
        return entry.code() + ": " + entry.measure().title() + OutcomesCommand.qualifiers(entry.measure());
    }


    private void write(Path file, String option, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": cannot write '" + file + "': "
                    + OutputPaths.reason(e));
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String code, String option) {
        for (E constant : type.getEnumConstants()) {
            String c = constant instanceof PoolingMethod p ? p.code() : ((EffectMeasure) constant).code();
            if (c.equalsIgnoreCase(code.strip())) {
                return constant;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + code + "' is not known; expected one of "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                        .map(e -> e instanceof PoolingMethod p ? p.code() : ((EffectMeasure) e).code()).toList())
                        .toUpperCase(Locale.ROOT));
    }
}
