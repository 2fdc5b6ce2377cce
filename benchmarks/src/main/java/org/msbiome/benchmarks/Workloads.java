package org.msbiome.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msbiome.benchmarks.Report.Result;

/**
 * The new workloads of issue 22, each figure beside its baseline's from the same run: diversity, BIOM reads, the
 * ClinicalTrials.gov batch import, the taxdump load and name resolution, and the BugSigDB import (which has no
 * baseline). The ratio is always time over the baseline's time (lower is better; 2.00 means half the speed).
 */
final class Workloads {
    private Workloads() {}

    /**
     * One figure beside its baseline.
     *
     * @param what the workload
     * @param figure msbiome's figure with its unit
     * @param baseline the baseline's figure with its unit, and what the baseline is
     * @param ratio time over the baseline's time, NaN when there is no baseline
     */
    record Row(String what, String figure, String baseline, double ratio) {}

    /** Prints the workloads table (Markdown) if the results hold any of them. */
    static void print(Map<String, Result> results) {
        List<Row> rows = rows(results, null);
        if (rows.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("New workloads (issue 22), each beside its baseline from the same run:");
        System.out.println();
        System.out.println("| workload | msbiome | baseline | time / baseline's time |");
        System.out.println("|---|---:|---:|---:|");
        for (Row r : rows) {
            System.out.printf("| %s | %s | %s | %s |%n", r.what(), r.figure(), r.baseline(), ratio(r.ratio()));
        }
        Doubling.print(results);
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, ratio >= 100 ? "%,.0f" : "%.2f", ratio);
    }

    /**
     * The rows for the results present.
     *
     * @param results the JMH results by name
     * @param taxdumpMemory the output of {@code TaxdumpMemory}, or null
     */
    static List<Row> rows(Map<String, Result> results, @Nullable String taxdumpMemory) {
        List<Row> rows = new ArrayList<>();
        String d = "DiversityBenchmark.";
        throughput(rows, results, "alpha diversity (observed, Shannon, Simpson), 2,000 × 5,000 sparse table",
                d + "alpha", d + "plainAlpha", "samples/s", "plain loops", 1);
        throughput(rows, results, "Bray–Curtis, 200 samples (19,900 pairs)", d + "brayCurtis", d + "plainBrayCurtis",
                "pairs/s", "plain sorted merge", 1);
        throughput(rows, results, "unweighted UniFrac, 60 samples, tree of 9,999 nodes", d + "unweightedUnifrac",
                d + "brayCurtis", "pairs/s", "Bray–Curtis, no tree", 1);
        throughput(rows, results, "weighted normalised UniFrac, 60 samples", d + "weightedUnifrac", d + "brayCurtis",
                "pairs/s", "Bray–Curtis, no tree", 1);
        String b = "BiomBenchmark.";
        if (results.containsKey(b + "biom21Read") || results.containsKey(b + "biom10Read")) {
            long[] sizes = BiomBenchmark.sizes();
            throughput(rows, results, String.format(Locale.ROOT, "BIOM 2.1 (HDF5) read, whole table, %,d bytes",
                    sizes[0]), b + "biom21Read", b + "biom21JhdfRaw", "MB/s", "jhdf, same datasets raw", sizes[0] / 1e6);
            throughput(rows, results, String.format(Locale.ROOT, "BIOM 1.0 (JSON) read, whole table, %,d bytes",
                    sizes[1]), b + "biom10Read", b + "biom10JacksonTree", "MB/s", "Jackson tree", sizes[1] / 1e6);
        }
        String c = "CtgovBatchBenchmark.";
        if (results.containsKey(c + "importBatch")) {
            double bytes = CtgovBatchBenchmark.meanBytes();
            throughput(rows, results, "ClinicalTrials.gov batch import, 30 records", c + "importBatch", c + "jacksonTree",
                    "records/s", "Jackson tree", 1);
            throughput(rows, results, String.format(Locale.ROOT, "ClinicalTrials.gov batch import (%,.0f bytes per "
                    + "record)", bytes), c + "importBatch", c + "jacksonTree", "MB/s", "Jackson tree", bytes / 1e6);
        }
        String t = "TaxonomyBenchmark.";
        Result load = results.get(t + "loadTaxdump");
        if (load != null) {
            Result naive = results.get(t + "loadTaxdumpNaive");
            rows.add(new Row("NCBI taxdump load, generated, 2.6 million nodes (time per load)",
                    String.format(Locale.ROOT, "%,.0f ms", load.score()), naive == null ? ""
                            : String.format(Locale.ROOT, "%,.0f ms (JDK collections)", naive.score()),
                    naive == null ? Double.NaN : load.score() / naive.score()));
        }
        if (taxdumpMemory != null) {
            long ours = number(taxdumpMemory, "live heap of the loaded taxonomy ([0-9,]+) MB");
            long base = number(taxdumpMemory, "baseline \\(JDK collections\\).*live heap ([0-9,]+) MB");
            if (ours >= 0) {
                rows.add(new Row("NCBI taxdump, live heap after loading (memory / baseline's)", ours + " MB",
                        base < 0 ? "" : base + " MB (JDK collections)", base <= 0 ? Double.NaN : ours / (double) base));
            }
        }
        throughput(rows, results, "name resolution in the taxdump (species and synonyms)", t + "resolveNameInTaxdump",
                t + "hashMapLookup", "names/s", "HashMap", 1);
        throughput(rows, results, "taxid resolution in the taxdump (current, merged, deleted)",
                t + "resolveTaxidInTaxdump", null, "taxids/s", "", 1);
        String n = "NameResolutionBenchmark.";
        throughput(rows, results, "name resolution, bundled snapshot, full names", n + "resolveFullName",
                n + "hashMapLookup", "names/s", "HashMap", 1);
        throughput(rows, results, "name resolution, bundled snapshot, loosely written names", n + "resolveLooseName",
                n + "hashMapLookup", "names/s", "HashMap, full names", 1);
        throughput(rows, results, "name resolution, bundled snapshot, abbreviated genera", n + "resolveAbbreviation",
                n + "hashMapLookup", "names/s", "HashMap, full names", 1);
        results.forEach((key, r) -> {
            String prefix = "BugSigDbImportBenchmark.importGeneratedExport:rows=";
            if (key.startsWith(prefix) && r.unit().equals("ms/op")) {
                long count = Long.parseLong(key.substring(prefix.length()));
                rows.add(new Row(String.format(Locale.ROOT, "BugSigDB import, %,d generated rows, -Xmx256m", count),
                        String.format(Locale.ROOT, "%,.0f rows/s", count * 1000 / r.score()), "(no baseline)",
                        Double.NaN));
            }
        });
        return rows;
    }

    private static void throughput(List<Row> rows, Map<String, Result> results, String what, String ours,
            @Nullable String base, String unit, String baseName, double perOp) {
        Result a = results.get(ours);
        if (a == null) {
            return;
        }
        Result z = base == null ? null : results.get(base);
        rows.add(new Row(what, figure(a.score() * perOp, unit), z == null ? "" : figure(z.score() * perOp, unit)
                + " (" + baseName + ")", z == null ? Double.NaN : z.score() / a.score()));
    }

    static String figure(double value, String unit) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f %s" : "%.2f %s", value, unit);
    }

    private static long number(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
    }

    /** The doubling ratios of issue 18 (time at 2n over time at n), when {@code DoublingBenchmark} ran. */
    static final class Doubling {
        private Doubling() {}

        static void print(Map<String, Result> results) {
            boolean header = false;
            for (String m : List.of("readFormulationComponents", "importCtgovArmsAndInterventions", "importCtgovKeywords",
                    "readSignatureTaxa", "readProfileSamples", "readTrialArmsGivingEveryIntervention")) {
                Result one = results.get("DoublingBenchmark." + m + ":scale=1");
                Result two = results.get("DoublingBenchmark." + m + ":scale=2");
                if (one == null || two == null) {
                    continue;
                }
                if (!header) {
                    System.out.println();
                    System.out.println("| doubling (issue 18) | time at n | time at 2n | ratio (≤ 2.5) |");
                    System.out.println("|---|---:|---:|---:|");
                    header = true;
                }
                System.out.printf(Locale.ROOT, "| %s | %.1f %s | %.1f %s | %.2f |%n", m, one.score(), one.unit(),
                        two.score(), two.unit(), two.score() / one.score());
            }
        }
    }
}
