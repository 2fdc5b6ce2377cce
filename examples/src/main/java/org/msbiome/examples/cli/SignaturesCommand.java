package org.msbiome.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.msbiome.core.signature.CountingUnit;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.OntologyTerm;
import org.msbiome.core.signature.Signatures;
import org.msbiome.core.signature.TaxonConsensus;
import org.msbiome.core.taxonomy.TaxonRank;
import org.msbiome.examples.validate.JsonLines;
import org.msbiome.io.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code msbiome signatures}: which taxa the experiments' signatures agree on, counted per study (or per
 * experiment) with an exact sign test ({@link Signatures#consensus}).
 */
@Command(
        name = "signatures",
        mixinStandardHelpOptions = true,
        description = {
            "Which taxa the differential-abundance signatures agree on: for each taxon at a rank, the number",
            "of studies (or, with --per-experiment, experiments) that reported it increased and decreased in",
            "group 1, and the exact two-sided sign test (binomial, p = 0.5) on those counts. This is vote",
            "counting, not a meta-analysis: it ignores effect and sample sizes and the studies that found no",
            "difference. Experiments of one study share subjects, so one study is one vote by default.",
            "The experiments are read from the PATHs (experiment documents, each with its signatures, in files,",
            "directories searched for *.json and *.ndjson, or - for standard input), and from the bundled",
            "catalog with --catalog or when no PATH is given. Names meet through the taxonomy snapshot",
            "(Firmicutes and Bacillota count as one taxon).",
            "Exit code: 0 all inputs valid, 1 an input has problems, 2 usage error."
        })
final class SignaturesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "experiment documents: files, directories, or - "
            + "for standard input")
    List<Path> paths = List.of();

    @Option(names = "--catalog", description = "also use the bundled catalog's experiments (the default when no "
            + "PATH is given)")
    boolean catalog;

    @Option(names = "--condition", paramLabel = "TERM", description = "only experiments whose condition has this "
            + "ontology term, like EFO_0003885 or MONDO:0005301 (as the source wrote it; ':' and '_' match)")
    Optional<String> condition = Optional.empty();

    @Option(names = "--rank", paramLabel = "RANK", defaultValue = "genus", description = "the rank to count taxa at "
            + "(default genus): phylum, class, order, family, genus, species ...")
    String rank = "genus";

    @Option(names = "--per-experiment", description = "one vote per experiment instead of one per study")
    boolean perExperiment;

    @Option(names = "--taxon", paramLabel = "NAME", description = "show only this taxon (its name at the rank, "
            + "current or as written, ignoring case); repeatable")
    List<String> taxa = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default), or json: one JSON object per taxon and each problem of the PATHs, one per "
                    + "line (schema: org/msbiome/examples/cli/output.schema.json)")
    OutputFormat format = OutputFormat.TEXT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TaxonRank taxonRank = rank();
        Optional<OntologyTerm> term = condition.map(this::term);
        CountingUnit unit = perExperiment ? CountingUnit.EXPERIMENT : CountingUnit.STUDY;
        boolean json = format == OutputFormat.JSON;
        ExperimentSources sources = ExperimentSources.read(spec.commandLine(), paths, catalog || paths.isEmpty(), out,
                json);
        List<Experiment> experiments = sources.experiments();
        if (term.isPresent()) {
            experiments = experiments.stream().filter(e -> e.hasCondition(term.get().id())).toList();
            if (experiments.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--condition " + term.get().id()
                        + ": no experiment has this condition; conditions of the experiments read: "
                        + conditions(sources.experiments()));
            }
        }
        List<TaxonConsensus> rows = Signatures.consensus(experiments, taxonRank, unit).stream()
                .filter(this::wanted).toList();
        if (json) {
            rows.forEach(r -> out.println(json(r)));
        } else {
            text(out, experiments, term, taxonRank, unit, rows);
        }
        return sources.allValid() ? MsbiomeCommand.OK : MsbiomeCommand.INVALID;
    }

    private TaxonRank rank() {
        try {
            return TaxonRank.fromCode(rank.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rank: " + e.getMessage());
        }
    }

    private OntologyTerm term(String id) {
        try {
            return OntologyTerm.of(id.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--condition: " + e.getMessage());
        }
    }

    private boolean wanted(TaxonConsensus row) {
        if (taxa.isEmpty()) {
            return true;
        }
        for (String name : taxa) {
            String wanted = name.strip();
            if (row.taxon().equalsIgnoreCase(wanted) || row.namesAsWritten().stream().anyMatch(n -> n.equalsIgnoreCase(wanted))) {
                return true;
            }
        }
        return false;
    }

    /** The condition terms of the experiments, each with its label and count: {@code MONDO:0005301 (Multiple sclerosis, 12)}. */
    static String conditions(List<Experiment> experiments) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Experiment e : experiments) {
            for (OntologyTerm t : e.conditionTerms()) {
                counts.merge(t.id(), 1, Integer::sum);
                e.condition().ifPresent(c -> labels.putIfAbsent(t.id(), c));
            }
        }
        if (counts.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((id, n) -> parts.add(id + " (" + labels.getOrDefault(id, "no label") + ", " + n
                + (n == 1 ? " experiment)" : " experiments)")));
        return String.join("; ", parts);
    }

    private static void text(PrintWriter out, List<Experiment> experiments, Optional<OntologyTerm> term, TaxonRank rank,
            CountingUnit unit, List<TaxonConsensus> rows) {
        long studies = experiments.stream().map(e -> e.study().id()).distinct().count();
        long signatures = experiments.stream().mapToLong(e -> e.signatures().size()).sum();
        out.println(String.format(Locale.ROOT, "%s%,d %s of %,d %s, %,d %s", term.map(t -> "Condition "
                + SafeText.escape(t.id()) + ": ").orElse(""), experiments.size(),
                experiments.size() == 1 ? "experiment" : "experiments", studies, studies == 1 ? "study" : "studies",
                signatures, signatures == 1 ? "signature" : "signatures"));
        out.println("Consensus at " + rank.code() + ", one vote per " + unit.code() + " (vote counting, not a"
                + " meta-analysis; p: exact two-sided sign test)");
        int width = Math.max(5, rows.stream().mapToInt(r -> SafeText.escape(r.taxon()).length()).max().orElse(0));
        out.println(String.format(Locale.ROOT, "  %-" + width + "s  %9s  %9s  %11s  %-10s  %s", "taxon", "increased",
                "decreased", "conflicting", "p", "per"));
        for (TaxonConsensus r : rows) {
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %9d  %9d  %11d  %-10s  %s",
                    SafeText.escape(r.taxon()), r.increased(), r.decreased(), r.conflicting(), p(r.pValue()),
                    r.unit().code()));
        }
        if (rows.isEmpty()) {
            out.println("  (no taxon at this rank)");
        }
    }

    /**
     * A p-value in ASCII: its shortest decimal form ({@code 0.21875}, {@code 0.1796875}, {@code 1}), or three
     * significant digits in E notation below 0.0001 ({@code 1.53e-05}).
     */
    static String p(double p) {
        if (p != 0 && p < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", p);
        }
        return new BigDecimal(Double.toString(p)).stripTrailingZeros().toPlainString();
    }

    private static String json(TaxonConsensus r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "consensus");
        f.put("taxon", r.taxon());
        f.put("rank", r.rank().code());
        f.put("unit", r.unit().code());
        f.put("increased", r.increased());
        f.put("decreased", r.decreased());
        f.put("conflicting", r.conflicting());
        f.put("p", r.pValue());
        f.put("namesAsWritten", r.namesAsWritten());
        f.put("units", r.units());
        return JsonLines.line(f);
    }
}
