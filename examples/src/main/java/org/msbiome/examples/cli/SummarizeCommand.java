package org.msbiome.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.core.evidence.synthesis.PoolingMethod;
import org.msbiome.core.evidence.synthesis.PoolingOptions;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.examples.catalog.Catalog;
import org.msbiome.examples.summary.EvidenceSummary;
import org.msbiome.examples.summary.SynthesisReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msbiome summarize}: the catalog's evidence for one outcome, pooled, with a forest plot. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "Summarise the catalog's evidence for one outcome: a table of studies and effects, the pooled",
            "estimate with Q, I², τ² and the prediction interval, and a forest plot as an SVG file.",
            "Retracted studies are left out of the pooled estimate, and listed."
        })
final class SummarizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTCOME", description = "the outcome, like EDSS, DASS or hs-CRP")
    String outcome = "";

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

    @Option(names = "--svg", paramLabel = "FILE", description = "write the forest plot to FILE")
    Optional<Path> svg = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = Catalog.bundled();
        OutcomeMeasure wanted = catalog.outcome(outcome).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "the catalog has no findings on '" + outcome + "'; outcomes: " + String.join(", ",
                        catalog.outcomes().stream().map(OutcomeMeasure::title).toList())));
        PoolingMethod pooling = parse(PoolingMethod.class, method, "--method");
        EffectMeasure effect = parse(EffectMeasure.class, measure, "--measure");
        if (effect != EffectMeasure.MEAN_DIFFERENCE && effect != EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--measure '" + measure + "' is not supported here; expected MD or SMD");
        }
        PoolingOptions options = knha ? PoolingOptions.defaults().withKnappHartung() : PoolingOptions.defaults();
        EvidenceSummary summary = EvidenceSummary.of(wanted, catalog.findingsOn(wanted), effect, pooling, options,
                assumeSd, catalog.publishedPooledResultsOn(wanted));
        summary.toText().forEach(out::println);
        if (summary.pooled().isPresent()) {
            PooledSummary<EffectMeasure> pooled = summary.pooled().get();
            SynthesisReport.details(pooled).forEach(out::println);
            if (leaveOneOut) {
                SynthesisReport.leaveOneOut(pooled).forEach(out::println);
            }
            if (trimFill) {
                SynthesisReport.trimAndFill(pooled).forEach(out::println);
            }
            if (funnel.isPresent()) {
                Path file = checkedPath(funnel.get(), "--funnel");
                Files.writeString(file, SynthesisReport.funnel(wanted.title() + ": funnel plot", summary.measureName(),
                        pooled, trimFill).toSvg());
                out.println("Funnel plot: " + file);
            }
        } else if (funnel.isPresent() || leaveOneOut || trimFill) {
            out.println("No funnel plot, leave-one-out or trim-and-fill: nothing was pooled");
        }
        if (svg.isPresent()) {
            if (summary.rows().stream().allMatch(r -> r.weightPercent().isEmpty()) && summary.published().stream()
                    .noneMatch(p -> p.measure() == effect)) {
                out.println("No forest plot: no study and no published result can be drawn");
                return MsbiomeCommand.INVALID;
            }
            Path file = checkedPath(svg.get(), "--svg");
            Files.writeString(file, summary.toForestPlot().toSvg());
            out.println("Forest plot: " + file);
        }
        return summary.pooled().isPresent() ? MsbiomeCommand.OK : MsbiomeCommand.INVALID;
    }

    private Path checkedPath(Path file, String option) {
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + ": no such directory: '" + file.getParent() + "'");
        }
        return file;
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
