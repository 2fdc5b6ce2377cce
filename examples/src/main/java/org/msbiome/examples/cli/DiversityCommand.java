package org.msbiome.examples.cli;

import static org.msbiome.examples.cli.TerminalText.println;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.msbiome.core.diversity.AlphaMeasure;
import org.msbiome.core.diversity.AlphaResult;
import org.msbiome.core.diversity.BetaMeasure;
import org.msbiome.core.diversity.DistanceMatrix;
import org.msbiome.core.diversity.LogBase;
import org.msbiome.core.diversity.PhylogeneticTree;
import org.msbiome.core.diversity.ProfileDiversity;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.examples.validate.JsonLines;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.SafeText;
import org.msbiome.io.biom.Biom;
import org.msbiome.io.biom.ProfileTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msbiome diversity}: alpha diversity per sample, or a distance matrix, of a BIOM or QIIME TSV table. */
@Command(
        name = "diversity",
        mixinStandardHelpOptions = true,
        description = {
            "Alpha diversity of every sample (a table), or beta diversity between samples (a distance matrix),",
            "of a BIOM table (1.0 JSON or 2.1 HDF5) or a QIIME feature table exported as TSV.",
            "Empty samples give NaN for the proportion-based measures and 0 for richness, as documented."
        })
final class DiversityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a BIOM file or a QIIME feature-table TSV")
    Path file = Path.of("");

    @Option(names = "--alpha", paramLabel = "MEASURES", split = ",", description = "alpha measures (default "
            + "observed,shannon,simpson): observed, shannon, simpson, dominance, inverse-simpson, pielou, chao1, "
            + "chao1-classic, ace, faith-pd")
    List<String> alpha = new ArrayList<>();

    @Option(names = "--base", paramLabel = "e|2|10", defaultValue = "e", description = "logarithm base of "
            + "Shannon's index (default e)")
    String base = "e";

    @Option(names = "--beta", paramLabel = "MEASURE", description = "a distance matrix instead: braycurtis, "
            + "jaccard (presence/absence), jaccard-quantitative (vegan's default), unifrac (unweighted), "
            + "weighted-unifrac, weighted-normalized-unifrac; repeatable")
    List<String> beta = new ArrayList<>();

    @Option(names = "--tree", paramLabel = "FILE.nwk", description = "a Newick tree whose tips are the feature "
            + "IDs, for faith-pd and UniFrac")
    Optional<Path> tree = Optional.empty();

    @Option(names = "--format", paramLabel = "tsv|json", defaultValue = "tsv", description = "output format "
            + "(default tsv)")
    String format = "tsv";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("tsv") && !format.equals("json")) {
            throw usage("--format '" + format + "' is unknown; expected tsv or json");
        }
        LogBase logBase = parse(() -> LogBase.fromCode(base), "--base");
        List<AlphaMeasure> alphaMeasures = new ArrayList<>();
        for (String code : alpha.isEmpty() ? List.of("observed", "shannon", "simpson") : alpha) {
            alphaMeasures.add(parse(() -> AlphaMeasure.fromCode(code.strip()), "--alpha"));
        }
        List<BetaMeasure> betaMeasures = new ArrayList<>();
        for (String code : beta) {
            String c = code.strip().equals("unifrac") ? "unweighted-unifrac" : code.strip();
            betaMeasures.add(parse(() -> BetaMeasure.fromCode(c), "--beta"));
        }
        if (!Files.isRegularFile(file)) {
            throw usage("no such file: '" + file + "'");
        }
        PhylogeneticTree phylogeny = null;
        if (tree.isPresent()) {
            Path t = tree.get();
            if (!Files.isRegularFile(t)) {
                throw usage("--tree: no such file: '" + t + "'");
            }
            PhylogeneticTree parsed = parse(() -> PhylogeneticTree.parseNewick(readString(t)), "--tree");
            phylogeny = parsed;
        }
        CommunityProfile profile;
        try {
            profile = read(file);
        } catch (InvalidDocumentException e) {
            e.problems().forEach(p -> println(out, file + ": " + p));
            return MsbiomeCommand.INVALID;
        } catch (Utf8.NotText e) {
            println(spec.commandLine().getErr(), "msbiome: diversity: " + file + " is " + e.getMessage()
                    + "; a feature table is BIOM (JSON or HDF5) or QIIME TSV");
            return MsbiomeCommand.INVALID;
        }
        PhylogeneticTree finalTree = phylogeny;
        if (betaMeasures.isEmpty()) {
            List<ProfileDiversity.SampleAlpha> rows = parse(
                    () -> ProfileDiversity.alpha(profile, alphaMeasures, logBase, finalTree), "--alpha");
            printAlpha(out, alphaMeasures, logBase, rows);
        } else {
            List<DistanceMatrix> matrices = new ArrayList<>();
            for (BetaMeasure m : betaMeasures) {
                matrices.add(parse(() -> ProfileDiversity.beta(profile, m, finalTree), "--beta"));
            }
            printBeta(out, matrices);
        }
        return MsbiomeCommand.OK;
    }

    private static CommunityProfile read(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8);
        if (start.startsWith("# Constructed from biom file") || start.startsWith("#OTU ID")
                || start.startsWith("#Feature ID")) {
            return ProfileTables.readQiimeTsv(Utf8.read(file), null).profile();
        }
        return Biom.read(file, null).profile();
    }

    private void printAlpha(PrintWriter out, List<AlphaMeasure> measures, LogBase base,
            List<ProfileDiversity.SampleAlpha> rows) {
        List<String> names = measures.stream()
                .map(m -> m == AlphaMeasure.SHANNON ? "shannon(base " + base.code() + ")" : m.code()).toList();
        if (format.equals("tsv")) {
            out.println("sample\t" + String.join("\t", names));
            for (ProfileDiversity.SampleAlpha row : rows) {
                StringBuilder line = new StringBuilder(SafeText.escape(row.sampleId()));
                for (AlphaResult r : row.results()) {
                    line.append('\t').append(r.value());
                }
                out.println(line);
            }
            return;
        }
        List<Object> samples = new ArrayList<>();
        for (ProfileDiversity.SampleAlpha row : rows) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sample", row.sampleId());
            for (AlphaResult r : row.results()) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("measure", r.measure().code());
                r.base().ifPresent(b -> value.put("base", b.code()));
                value.put("value", Double.isNaN(r.value()) ? null : r.value());
                entry.computeIfAbsent("alpha", k -> new ArrayList<>());
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) entry.get("alpha");
                list.add(value);
            }
            samples.add(entry);
        }
        out.println(JsonLines.value(Map.of("samples", samples)));
    }

    private void printBeta(PrintWriter out, List<DistanceMatrix> matrices) {
        if (format.equals("tsv")) {
            for (int k = 0; k < matrices.size(); k++) {
                DistanceMatrix m = matrices.get(k);
                if (k > 0) {
                    out.println();
                }
                // a TSV cell is printed as text from input; the tabs between cells are the format's
                List<String> ids = m.ids().stream().map(SafeText::escape).toList();
                out.println(m.measure().code() + "\t" + String.join("\t", ids));
                for (int i = 0; i < ids.size(); i++) {
                    StringBuilder line = new StringBuilder(ids.get(i));
                    for (int j = 0; j < m.ids().size(); j++) {
                        line.append('\t').append(m.get(i, j));
                    }
                    out.println(line);
                }
            }
            return;
        }
        List<Object> list = new ArrayList<>();
        for (DistanceMatrix m : matrices) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("measure", m.measure().code());
            entry.put("ids", m.ids());
            List<List<Double>> rows = new ArrayList<>();
            for (int i = 0; i < m.ids().size(); i++) {
                List<Double> row = new ArrayList<>();
                for (int j = 0; j < m.ids().size(); j++) {
                    row.add(Double.isNaN(m.get(i, j)) ? null : m.get(i, j));
                }
                rows.add(row);
            }
            entry.put("distances", rows);
            list.add(entry);
        }
        out.println(JsonLines.value(Map.of("matrices", list)));
    }

    private static String readString(Path p) {
        try {
            return Utf8.read(p);
        } catch (Utf8.NotText e) {
            throw new IllegalArgumentException("'" + p + "' is " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read '" + p + "': " + e.getMessage());
        }
    }

    private <T> T parse(java.util.function.Supplier<T> call, String option) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
