package org.msbiome.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the ratios of a JMH run from its JSON result file ({@code -rf json -rff <file>}): each msbiome
 * benchmark over its plain-databind baseline, the streaming limit, allocation per operation, and NDJSON
 * records/s and MB/s.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.Report benchmarks/target/jmh-result.json}</pre>
 */
public final class Report {
    private Report() {}

    /** One benchmark's result: its score, unit, JMH error, and allocation per operation (NaN without -prof gc). */
    record Result(double score, String unit, double error, double allocPerOp) {}

    /**
     * Prints the tables of one or more JMH JSON result files; with {@code --summary DIR}, the table of figures
     * from one {@code run-all.sh} run instead ({@link OneRun}).
     *
     * @param args the JMH JSON result files, or {@code --summary} and the directory run-all.sh wrote
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--summary")) {
            OneRun.print(Path.of(args.length > 1 ? args[1] : "benchmarks/target"));
            return;
        }
        Map<String, Result> results = load(java.util.Arrays.stream(args).map(Path::of).toList());
        System.out.println("| benchmark | score | ± error | unit | allocation per op |");
        System.out.println("|---|---:|---:|---|---:|");
        results.forEach((name, r) -> {
            if (results.keySet().stream().noneMatch(k -> k.startsWith(name + ":"))) {
                System.out.printf("| %s | %.3f | %.3f | %s | %s |%n", name, r.score(),
                r.error(), r.unit(), Double.isNaN(r.allocPerOp()) ? "" : String.format("%,.0f B", r.allocPerOp()));
            }
        });
        System.out.println();
        System.out.println("| ratio (time over plain databind; lower is better) | value | target |");
        System.out.println("|---|---:|---|");
        String d = "DocumentBenchmark.";
        ratio(results, d + "readBindValidateMsbiome", d + "readPlainDatabind", "≤ 2");
        ratio(results, d + "readBindMsbiomeModule", d + "readPlainDatabind", "");
        ratio(results, d + "validateOnly", d + "readPlainDatabind", "");
        ratio(results, d + "readStreamingTokens", d + "readPlainDatabind", "(the limit)");
        ratio(results, d + "writeMsbiome", d + "writePlainDatabind", "≤ 1.25");
        ratio(results, d + "writeMsbiomeModule", d + "writePlainDatabind", "");
        String n = "NdjsonBenchmark.";
        // throughput: time ratio is the inverse of the score ratio
        inverse(results, n + "ndjsonReadValidateMsbiome", n + "ndjsonPlainDatabind", "(no target)");
        inverse(results, n + "ndjsonReadValidateMsbiomeParallel", n + "ndjsonPlainDatabind", "(all cores)");
        inverse(results, n + "ndjsonReadValidateMsbiomeParallel", n + "ndjsonStreamingTokens", "≤ 2 (≥ 50% of the token stream's speed)");
        inverse(results, n + "ndjsonStreamingTokens", n + "ndjsonPlainDatabind", "(the limit)");
        double bytesPerRecord = Workload.ndjson(NdjsonBenchmark.RECORDS).length / (double) NdjsonBenchmark.RECORDS;
        System.out.println();
        System.out.printf("NDJSON (%.1f bytes per record):%n%n", bytesPerRecord);
        System.out.println("| benchmark | records/s | MB/s |");
        System.out.println("|---|---:|---:|");
        for (String b : new String[] {"ndjsonReadValidateMsbiome", "ndjsonReadValidateMsbiomeParallel", "ndjsonPlainDatabind",
                "ndjsonStreamingTokens"}) {
            Result r = results.get(n + b);
            if (r != null) {
                System.out.printf("| %s | %,.0f | %.1f |%n", b, r.score(), r.score() * bytesPerRecord / 1e6);
            }
        }
        Workloads.print(results);
    }

    /**
     * The results of JMH JSON files by {@code Class.method}, and also by {@code Class.method:param=value,...} when
     * the benchmark has parameters (without them, the last parameter set wins).
     */
    static Map<String, Result> load(java.util.List<Path> files) {
        Map<String, Result> results = new LinkedHashMap<>();
        for (Path file : files) {
            if (!file.toFile().isFile()) {
                continue;
            }
            for (JsonNode run : JsonMapper.builder().build().readTree(file.toFile())) {
                String name = run.get("benchmark").asString();
                name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
                JsonNode primary = run.get("primaryMetric");
                JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
                Result result = new Result(primary.get("score").asDouble(), primary.get("scoreUnit").asString(),
                        primary.get("scoreError").asDouble(Double.NaN), alloc.isMissingNode() ? Double.NaN
                                : alloc.get("score").asDouble());
                results.put(name, result);
                StringBuilder params = new StringBuilder();
                run.path("params").properties().forEach(p -> params.append(params.length() == 0 ? ":" : ",")
                        .append(p.getKey()).append('=').append(p.getValue().asString()));
                if (params.length() > 0) {
                    results.put(name + params, result);
                }
            }
        }
        return results;
    }

    private static void ratio(Map<String, Result> results, String ours, String base, String target) {
        Result a = results.get(ours);
        Result b = results.get(base);
        if (a != null && b != null) {
            System.out.printf("| %s / %s | %.2f | %s |%n", ours, base, a.score() / b.score(), target);
        }
    }

    private static void inverse(Map<String, Result> results, String ours, String base, String target) {
        Result a = results.get(ours);
        Result b = results.get(base);
        if (a != null && b != null) {
            System.out.printf("| %s / %s | %.2f | %s |%n", ours, base, b.score() / a.score(), target);
        }
    }
}
