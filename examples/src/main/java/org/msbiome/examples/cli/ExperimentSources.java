package org.msbiome.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.Signature;
import org.msbiome.examples.catalog.Catalog;
import org.msbiome.examples.validate.FileValidator;
import picocli.CommandLine;

/**
 * The experiments (each with its signatures) a command works on: those of the user's paths, read with the
 * strict reader (every problem is printed, as {@code validate} prints it, and an invalid document is not used),
 * and those of the bundled catalog when asked for.
 *
 * @param experiments the experiments, the paths' first, in reading order
 * @param allValid whether every document of the paths was valid
 */
record ExperimentSources(List<Experiment> experiments, boolean allValid) {
    ExperimentSources {
        experiments = List.copyOf(experiments);
    }

    /**
     * Reads the paths and, with {@code withCatalog}, the catalog's experiments; prints each problem and one line
     * (with {@code json}, the {@code summary} object) saying what was read from the paths.
     */
    static ExperimentSources read(CommandLine cli, List<Path> paths, boolean withCatalog, PrintWriter out, boolean json) {
        List<Experiment> experiments = new ArrayList<>();
        long[] others = new long[1];
        long[] loose = new long[1];
        boolean allValid = true;
        if (!paths.isEmpty()) {
            FileValidator.Summary summary = Inputs.readValues(cli, paths, out, json, value -> {
                if (value instanceof Experiment experiment) {
                    experiments.add(experiment);
                } else if (value instanceof Signature) {
                    loose[0]++;
                } else {
                    others[0]++;
                }
            });
            allValid = summary.allValid();
            if (!json) {
                long signatures = experiments.stream().mapToLong(e -> e.signatures().size()).sum();
                out.println(String.format(Locale.ROOT, "Read %s: %,d %s with %,d %s%s%s", summary, experiments.size(),
                        experiments.size() == 1 ? "experiment" : "experiments", signatures,
                        signatures == 1 ? "signature" : "signatures",
                        others[0] == 0 ? "" : String.format(Locale.ROOT, ", %,d other %s (not experiments, not counted)",
                                others[0], others[0] == 1 ? "document" : "documents"),
                        allValid ? "" : "; invalid documents are left out (problems above)"));
                if (loose[0] > 0) {
                    out.println(String.format(Locale.ROOT, "%,d signature %s without %s experiment not counted: a vote needs"
                            + " the study or experiment a signature belongs to, which 'experiment' documents carry",
                            loose[0], loose[0] == 1 ? "document" : "documents", loose[0] == 1 ? "its" : "their"));
                }
            }
        }
        if (withCatalog) {
            experiments.addAll(Catalog.bundled().experiments());
        }
        return new ExperimentSources(experiments, allValid);
    }
}
