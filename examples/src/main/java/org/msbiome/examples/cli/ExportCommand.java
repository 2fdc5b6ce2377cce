package org.msbiome.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.EffectSizes;
import org.msbiome.core.effect.GroupSummary;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.synthesis.StudyEffect;
import org.msbiome.examples.summary.Outcomes;
import org.msbiome.io.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** {@code msbiome export}: findings as CSV or TSV tables for R (metafor) and Python. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write findings as a CSV (or TSV) table. --table escalc (default): one row per between-group",
            "finding with an effect size, the columns of metafor's escalc: study, outcome, yi, vi, measure,",
            "n1i, m1i, sd1i, n2i, m2i, sd2i (group 1 the probiotic arm, group 2 the comparator; empty where",
            "not known); in R: escalc(measure=\"MD\", yi=yi, vi=vi, data=read.csv(f), slab=study).",
            "--table long: one row per finding, with its outcome, comparison, groups and effect, or why it",
            "has none. Findings come from the PATHs (files, directories, - for standard input) and from the",
            "bundled catalog with --catalog or when no PATH is given."
        })
final class ExportCommand implements Callable<Integer> {
    private static final List<String> ESCALC = List.of("study", "outcome", "yi", "vi", "measure", "n1i", "m1i", "sd1i",
            "n2i", "m2i", "sd2i");
    private static final List<String> LONG = List.of("study", "outcome", "outcome_title", "comparison", "direction",
            "n1", "mean1", "sd1", "n2", "mean2", "sd2", "measure", "estimate", "variance", "note");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "finding documents: files, directories, or - for "
            + "standard input")
    List<Path> paths = List.of();

    @Option(names = "--catalog", description = "also export the bundled catalog's findings (the default when no PATH "
            + "is given)")
    boolean catalog;

    @Option(names = "--table", paramLabel = "escalc|long", defaultValue = "escalc", description = "escalc (default) "
            + "or long")
    String table = "escalc";

    @Option(names = "--measure", paramLabel = "MD|SMD", defaultValue = "MD", description = "effect measure: MD "
            + "(default) or SMD (Hedges' g, as escalc measure=\"SMD\")")
    String measure = "MD";

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "only the findings on this outcome (code, "
            + "title or alias)")
    Optional<String> outcome = Optional.empty();

    @Option(names = "--assume-sd", description = "take an unstated '±' to be an SD (the sources do not say)")
    boolean assumeSd;

    @Option(names = "--tsv", description = "tab-separated instead of comma-separated")
    boolean tsv;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output "
            + "(which shows a control or bidirectional character of a text cell as \\uXXXX)")
    Optional<Path> output = Optional.empty();

    @Override
    public Integer call() throws IOException {
        boolean escalc = switch (table.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "escalc" -> true;
            case "long" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--table '" + table + "' is not known; expected escalc or long");
        };
        EffectMeasure effect = switch (measure.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "MD" -> EffectMeasure.MEAN_DIFFERENCE;
            case "SMD" -> EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--measure '" + measure + "' is not supported here; expected MD or SMD");
        };
        PrintWriter err = spec.commandLine().getErr();
        FindingSources sources = FindingSources.read(spec.commandLine(), paths, catalog || paths.isEmpty(), err);
        Outcomes outcomes = sources.outcomes();
        List<Finding> findings = sources.findings();
        if (outcome.isPresent()) {
            Outcomes.Match match = outcomes.find(outcome.get());
            if (!(match instanceof Outcomes.Match.Found found)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--outcome '" + outcome.get()
                        + "' does not name one outcome; 'msbiome outcomes' lists the codes");
            }
            findings = findings.stream().filter(f -> f.measure().equals(found.entry().measure())).toList();
        }
        List<String> columns = escalc ? ESCALC : LONG;
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(tsv ? '\t' : ',');
        columns.forEach(schema::addColumn);
        List<List<Object>> rows = new ArrayList<>();
        int left = 0;
        for (Finding f : findings) {
            String code = outcomes.entries().stream().filter(e -> e.measure().equals(f.measure())).findFirst()
                    .orElseThrow().code();
            Row row = row(f, effect);
            if (escalc) {
                if (row.effect().isEmpty()) {
                    left++;
                    continue;
                }
                rows.add(cells(f.study().label(), code, row.effect().get().estimate(), row.effect().get().variance(),
                        effect.code(), row.n1(), row.m1(), row.sd1(), row.n2(), row.m2(), row.sd2()));
            } else {
                rows.add(cells(f.study().label(), code, f.measure().title(), f.result().comparison().code(),
                        f.result().direction().code(), row.n1(), row.m1(), row.sd1(), row.n2(), row.m2(), row.sd2(),
                        row.effect().isPresent() ? effect.code() : null,
                        row.effect().map(StudyEffect::estimate).orElse(null),
                        row.effect().map(StudyEffect::variance).orElse(null), row.note()));
            }
        }
        Writer target = output.isPresent()
                ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8)
                : spec.commandLine().getOut();
        try (SequenceWriter writer = CsvMapper.shared().writer(schema.build()).writeValues(target)) {
            for (List<Object> r : rows) {
                // a table on standard output is printed: its text cells (study labels, titles, notes) as text from
                // input; a table written to a FILE keeps them as they are
                writer.write(output.isPresent() ? r : r.stream()
                        .map(cell -> cell instanceof String text ? SafeText.escape(text) : cell).toList());
            }
        } finally {
            if (output.isPresent()) {
                target.close();
            } else {
                target.flush();
            }
        }
        if (escalc && left > 0) {
            err.println("msbiome: " + left + (left == 1 ? " finding has" : " findings have") + " no " + effect.code()
                    + " with a variance and " + (left == 1 ? "is" : "are") + " not in the escalc table "
                    + "(--table long says why)");
        }
        return sources.allValid() ? MsbiomeCommand.OK : MsbiomeCommand.INVALID;
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    /** A finding's groups and effect, each part present where the finding gives it. */
    private record Row(Integer n1, Double m1, Double sd1, Integer n2, Double m2, Double sd2,
            Optional<StudyEffect<EffectMeasure>> effect, String note) {}

    private Row row(Finding f, EffectMeasure measure) {
        Optional<GroupSummary> t = f.result().treatment();
        Optional<GroupSummary> c = f.result().comparator();
        MeanSummary m1 = t.orElse(null) instanceof MeanSummary m ? m : null;
        MeanSummary m2 = c.orElse(null) instanceof MeanSummary m ? m : null;
        boolean unstated = m1 != null && m1.spread() instanceof Spread.Unspecified
                || m2 != null && m2.spread() instanceof Spread.Unspecified;
        Double sd1 = m1 == null ? null : sd(m1);
        Double sd2 = m2 == null ? null : sd(m2);
        Row base = new Row(m1 == null ? null : m1.n().orElse(null), m1 == null ? null : m1.mean(), sd1,
                m2 == null ? null : m2.n().orElse(null), m2 == null ? null : m2.mean(), sd2, Optional.empty(), "");
        if (!f.result().comparison().isBetweenGroups()) {
            return withNote(base, "not a comparison between groups");
        }
        if (f.effect().isPresent()) {
            if (f.effect().get().measure() != measure) {
                return withNote(base, "published as " + f.effect().get().measure().code());
            }
            return effect(base, f);
        }
        if (m1 == null || m2 == null) {
            return withNote(base, "no group means");
        }
        if (m1.n().isEmpty() || m2.n().isEmpty()) {
            return withNote(base, "group sizes not given");
        }
        if (unstated && !assumeSd) {
            return withNote(base, "'±' not stated to be an SD or an SE (--assume-sd)");
        }
        ComputedEffect computed;
        if (measure == EffectMeasure.MEAN_DIFFERENCE) {
            computed = unstated ? EffectSizes.meanDifferenceAssumingPlusMinusIsSd(m1, m2) : EffectSizes.meanDifference(m1, m2);
        } else {
            computed = unstated ? EffectSizes.standardizedMeanDifferenceAssumingPlusMinusIsSd(m1, m2)
                    : EffectSizes.standardizedMeanDifference(m1, m2);
        }
        Row withSd = unstated ? new Row(base.n1(), base.m1(), ((Spread.Unspecified) m1.spread()).value(), base.n2(),
                base.m2(), ((Spread.Unspecified) m2.spread()).value(), Optional.empty(), "'±' taken to be an SD") : base;
        return effect(withSd, f.withResult(f.result().withEffect(computed)));
    }

    private static Row effect(Row base, Finding withEffect) {
        try {
            return new Row(base.n1(), base.m1(), base.sd1(), base.n2(), base.m2(), base.sd2(),
                    Optional.of(StudyEffect.ofFinding(withEffect)), base.note());
        } catch (IllegalArgumentException e) {
            return withNote(base, e.getMessage());
        }
    }

    private static Row withNote(Row base, String note) {
        return new Row(base.n1(), base.m1(), base.sd1(), base.n2(), base.m2(), base.sd2(), Optional.empty(), note);
    }

    private static Double sd(MeanSummary m) {
        if (m.spread() instanceof Spread.Unspecified) {
            return null;
        }
        try {
            return m.standardDeviation();
        } catch (IllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }
}
