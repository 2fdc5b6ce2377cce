package org.msbiome.examples.cli;

import static org.msbiome.examples.cli.TerminalText.println;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.StudyDesign;
import org.msbiome.examples.catalog.Catalog;
import org.msbiome.examples.catalog.CatalogEntry;
import org.msbiome.examples.catalog.ExperimentEntry;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.SourceStudy;
import org.msbiome.examples.catalog.PublishedPooledResult;
import org.msbiome.examples.summary.FindingPlausibility;
import org.msbiome.examples.validate.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code msbiome catalog}: lists the bundled studies with their citations and notices (from their documents) and
 * the pages their values were read in (from the catalog's {@code index.tsv}).
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the bundled published studies with their sources and integrity notices.")
final class CatalogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "also say what was left out of each study, and why, and the "
            + "plausibility flags of its reported statistics")
    boolean verbose;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default), or json: one JSON object for the catalog, one per study and one per published"
                    + " pooled result, one per line (schema: org/msbiome/examples/cli/output.schema.json)")
    OutputFormat format = OutputFormat.TEXT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = Catalog.bundled();
        if (format == OutputFormat.JSON) {
            json(out, catalog);
            return MsbiomeCommand.OK;
        }
        println(out, ImportRun.plural(catalog.entries().size(), "study", "studies") + ", "
                + ImportRun.plural(catalog.findings().size(), "finding", "findings") + ", "
                + ImportRun.plural(catalog.publishedPooledResults().size(), "published pooled result",
                        "published pooled results"));
        for (CatalogEntry entry : catalog.entries()) {
            out.println();
            println(out, entry.label() + " — " + kind(entry) + ", " + entry.findings().size()
                    + (entry.findings().size() == 1 ? " finding" : " findings"));
            for (Citation citation : entry.study().citations()) {
                println(out, "  cites:  " + describe(citation));
                citation.integrityNotices().forEach(n -> println(out, "  NOTICE: " + n.describe()));
            }
            entry.study().registryIds().forEach(id -> println(out, "  registered: " + id));
            entry.sources().forEach(s -> println(out, "  read in: " + s));
            if (verbose) {
                entry.leftOut().forEach(s -> println(out, "  left out: " + s));
                entry.findings().stream().flatMap(f -> FindingPlausibility.of(f).stream()).forEach(f -> println(out,
                        "  plausibility: " + f.group() + ": " + f.flag().describe()));
            }
        }
        out.println();
        println(out, "Differential-abundance signatures (BugSigDB), " + catalog.experimentEntries().size() + " studies:");
        for (ExperimentEntry entry : catalog.experimentEntries()) {
            SourceStudy study = entry.study();
            println(out, "  " + entry.label() + " — " + entry.experiments().size() + " experiments, " + entry.signatures()
                    + " signatures: " + study.title().orElse("(no title)") + study.journal().map(j -> ", " + j).orElse("")
                    + study.doi().map(d -> ", doi:" + d).orElse("") + study.pmid().map(p -> ", PMID " + p).orElse(""));
            for (Experiment e : entry.experiments()) {
                println(out, "    " + e.id() + ": " + e.group1().name() + " vs " + e.group0().name() + ", "
                        + e.signatures().size() + " signatures");
            }
            entry.sources().forEach(s -> println(out, "    read in: " + s));
            if (verbose) {
                entry.leftOut().forEach(s -> println(out, "    left out: " + s));
            }
        }
        out.println();
        println(out, "Meta-analyses (pooled results as published):");
        for (PublishedPooledResult r : catalog.publishedPooledResults()) {
            println(out, "  " + r.label() + ": " + r.outcome().title() + " " + r.measure().code() + " " + r.estimate()
                    + " [" + r.interval().lower() + ", " + r.interval().upper() + "] — " + describe(r.citation()));
            r.sources().forEach(s -> println(out, "    read in: " + s));
            if (verbose) {
                r.note().ifPresent(n -> println(out, "    note: " + n));
            }
        }
        return MsbiomeCommand.OK;
    }

    private void json(PrintWriter out, Catalog catalog) {
        out.println(JsonLines.ordered("type", "catalog", "studies", catalog.entries().size(), "findings",
                catalog.findings().size(), "published", catalog.publishedPooledResults().size()));
        for (CatalogEntry entry : catalog.entries()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "catalog-study");
            f.put("study", entry.label());
            f.put("design", entry.study().design() instanceof StudyDesign.Clinical ? "clinical" : "preclinical");
            f.put("findings", entry.findings().size());
            f.put("citations", entry.study().citations().stream().map(CatalogCommand::describe).toList());
            f.put("notices", entry.study().citations().stream().flatMap(c -> c.integrityNotices().stream())
                    .map(n -> n.describe()).toList());
            f.put("registered", entry.study().registryIds().stream().map(Object::toString).toList());
            f.put("sources", entry.sources());
            if (verbose) {
                f.put("leftOut", entry.leftOut());
                f.put("plausibility", entry.findings().stream().flatMap(x -> FindingPlausibility.of(x).stream())
                        .map(x -> x.group() + ": " + x.flag().describe()).toList());
            }
            out.println(JsonLines.line(f));
        }
        for (ExperimentEntry entry : catalog.experimentEntries()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "catalog-experiments");
            f.put("study", entry.label());
            f.put("pmid", entry.study().pmid().map(Object::toString));
            f.put("doi", entry.study().doi().map(Object::toString));
            f.put("title", entry.study().title());
            f.put("experiments", entry.experiments().stream().map(Experiment::id).toList());
            f.put("signatures", entry.signatures());
            f.put("sources", entry.sources());
            if (verbose) {
                f.put("leftOut", entry.leftOut());
            }
            out.println(JsonLines.line(f));
        }
        for (PublishedPooledResult r : catalog.publishedPooledResults()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "catalog-published");
            f.put("label", r.label());
            f.put("outcome", r.outcome().title());
            f.put("measure", r.measure().code());
            f.put("estimate", r.estimate());
            f.put("lower", r.interval().lower());
            f.put("upper", r.interval().upper());
            f.put("i2", r.i2());
            f.put("trials", r.trials().isPresent() ? Optional.of(r.trials().getAsInt()) : Optional.empty());
            f.put("citation", describe(r.citation()));
            f.put("doi", r.citation().doi().map(Object::toString));
            f.put("sources", r.sources());
            if (verbose) {
                f.put("note", r.note());
            }
            out.println(JsonLines.line(f));
        }
    }

    private static String kind(CatalogEntry entry) {
        return entry.study().design() instanceof org.msbiome.core.evidence.StudyDesign.Clinical
                ? "clinical" : "preclinical (animal)";
    }

    private static String describe(Citation c) {
        // the first author goes first; when none is encoded, say so there rather than print an identifier
        StringBuilder b = new StringBuilder(c.authors().isEmpty() && c.title().isEmpty()
                ? "first author not encoded" + c.year().map(y -> " " + y).orElse("")
                : c.label());
        c.journal().ifPresent(j -> b.append(", ").append(j));
        c.doi().ifPresent(d -> b.append(", doi:").append(d));
        c.pmid().ifPresent(p -> b.append(", PMID ").append(p));
        return b.toString();
    }
}
