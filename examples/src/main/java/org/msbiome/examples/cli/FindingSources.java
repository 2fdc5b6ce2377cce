package org.msbiome.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.examples.catalog.Catalog;
import org.msbiome.examples.catalog.PublishedPooledResult;
import org.msbiome.examples.summary.Outcomes;
import org.msbiome.examples.validate.FileValidator;
import picocli.CommandLine;

/**
 * The findings a command works on: those of the user's paths, read with the strict reader (every problem is
 * printed, as {@code validate} prints it, and an invalid document is not used), and those of the bundled
 * catalog when asked for.
 *
 * @param findings the findings, the paths' first, in reading order
 * @param published the catalog's published pooled results, when the catalog is used
 * @param allValid whether every document of the paths was valid
 */
record FindingSources(List<Finding> findings, List<PublishedPooledResult> published, boolean allValid) {
    FindingSources {
        findings = List.copyOf(findings);
        published = List.copyOf(published);
    }

    /**
     * Reads the paths and, with {@code withCatalog}, the catalog; prints each problem and one line saying what
     * was read from the paths.
     */
    static FindingSources read(CommandLine cli, List<Path> paths, boolean withCatalog, PrintWriter out) {
        return read(cli, paths, withCatalog, out, false);
    }

    /** Like {@link #read(CommandLine, List, boolean, PrintWriter)}; with {@code json}, problems and the summary as JSON lines. */
    static FindingSources read(CommandLine cli, List<Path> paths, boolean withCatalog, PrintWriter out, boolean json) {
        List<Finding> findings = new ArrayList<>();
        long[] others = new long[1];
        boolean allValid = true;
        if (!paths.isEmpty()) {
            FileValidator.Summary summary = Inputs.readValues(cli, paths, out, json, value -> {
                if (value instanceof Finding finding) {
                    findings.add(finding);
                } else {
                    others[0]++;
                }
            });
            allValid = summary.allValid();
            if (!json) {
                out.println(String.format(Locale.ROOT, "Read %s: %,d %s%s%s", summary, findings.size(),
                        findings.size() == 1 ? "finding" : "findings",
                        others[0] == 0 ? "" : String.format(Locale.ROOT, ", %,d other %s (not findings, not summarized)",
                                others[0], others[0] == 1 ? "document" : "documents"),
                        allValid ? "" : "; invalid documents are left out (problems above)"));
            }
        }
        List<PublishedPooledResult> published = List.of();
        if (withCatalog) {
            Catalog catalog = Catalog.bundled();
            findings.addAll(catalog.findings());
            published = catalog.publishedPooledResults();
        }
        return new FindingSources(findings, published, allValid);
    }

    /** The outcomes of the findings, with their codes. */
    Outcomes outcomes() {
        return Outcomes.of(findings);
    }

    /** The published pooled results on one outcome. */
    List<PublishedPooledResult> publishedOn(OutcomeMeasure measure) {
        return published.stream().filter(p -> p.outcome().equals(measure)).toList();
    }
}
