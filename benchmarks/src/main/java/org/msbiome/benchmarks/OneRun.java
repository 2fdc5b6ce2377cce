package org.msbiome.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.msbiome.benchmarks.Report.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table "figures from one run" of BENCHMARKS.md, in Markdown, from what {@code benchmarks/run-all.sh} wrote into
 * one directory: the JMH results ({@code jmh-*.json}), {@code run-info.txt} (command, start, load averages),
 * {@code cold-start.txt}, {@code ndjson-memory.txt}, {@code taxdump-memory.txt} and, if a probe wrote it,
 * {@code tree-memory.txt}. Each target of issue 22's table gets its figure, its baseline, the ratio and whether the
 * target is met in this run; each new workload its figure beside its baseline.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.Report --summary benchmarks/target}</pre>
 */
final class OneRun {
    private OneRun() {}

    static void print(Path dir) {
        List<Path> jsons = list(dir, "jmh-", ".json");
        Map<String, Result> results = Report.load(jsons);
        Map<String, String> info = info(read(dir.resolve("run-info.txt")));
        System.out.printf("- **Command**: `%s`; started %s, JMH results %s%n", info.getOrDefault("command",
                "benchmarks/run-all.sh"), info.getOrDefault("started", "(not recorded)"),
                jsons.stream().map(p -> p.getFileName().toString()).toList());
        System.out.printf("- **Machine**: %s%n", info.getOrDefault("machine", machine()));
        System.out.printf("- **JDK**: %s%n", jdk(jsons));
        System.out.printf("- **Load average** (1, 5, 15 min): %s%n", load(info));
        System.out.println();
        System.out.println("| figure | msbiome | baseline | ratio | round-2 target | met? |");
        System.out.println("|---|---:|---:|---:|---|---|");
        String d = "DocumentBenchmark.";
        Result read = results.get(d + "readBindValidateMsbiome");
        Result plain = results.get(d + "readPlainDatabind");
        time(results, "read+bind+validate / plain databind (trial document)", d + "readBindValidateMsbiome",
                d + "readPlainDatabind", "≤ 1.2×", 1.2);
        if (read != null && plain != null && !Double.isNaN(read.allocPerOp())) {
            double r = read.allocPerOp() / plain.allocPerOp();
            row("allocation per document, read+bind+validate / plain databind", bytes(read.allocPerOp()),
                    bytes(plain.allocPerOp()), r, "≤ 1.5×", r <= 1.5);
        } else {
            missing("allocation per document, read+bind+validate / plain databind", "≤ 1.5×");
        }
        Result bindCheck = results.get(d + "bindCheckFromTree");
        Result bind = results.get(d + "bindFromTree");
        String validation = "validation on the read path alone / plain parse (bind with the read-path checks less bind"
                + " without them, from the same tree)";
        if (bindCheck != null && bind != null && plain != null) {
            double cost = bindCheck.score() - bind.score();
            double r = cost / plain.score();
            row(validation, Workloads.figure(cost, bind.unit()) + " (" + Workloads.figure(bindCheck.score(),
                    bind.unit()) + " − " + Workloads.figure(bind.score(), bind.unit()) + ")",
                    Workloads.figure(plain.score(), plain.unit()), r, "≤ 0.1×", r <= 0.1);
        } else {
            missing(validation, "≤ 0.1×");
        }
        Result beanValidation = results.get(d + "validateOnly");
        if (beanValidation != null && plain != null) {
            // The public Bean Validation of a value built in Java: no longer on the read path, so no target.
            row("Bean Validation (MsbiomeValidation.validator()) of the bound value / plain parse: the public path for"
                    + " values built in Java, not run by the reader", Workloads.figure(beanValidation.score(),
                    beanValidation.unit()), Workloads.figure(plain.score(), plain.unit()),
                    beanValidation.score() / plain.score(), "— (not on the read path)", null);
        }
        time(results, "write / plain databind", d + "writeMsbiome", d + "writePlainDatabind", "≤ 1.1×", 1.1);
        String n = "NdjsonBenchmark.";
        double perRecord = Workload.ndjson(NdjsonBenchmark.RECORDS).length / (double) NdjsonBenchmark.RECORDS;
        speed(results, "NDJSON read+validate, all cores / jackson-core token stream (share of its speed)",
                n + "ndjsonReadValidateMsbiomeParallel", n + "ndjsonStreamingTokens", perRecord, "≥ 0.5", 0.5);
        speed(results, "NDJSON read+validate, one core / plain databind (share of its speed)",
                n + "ndjsonReadValidateMsbiome", n + "ndjsonPlainDatabind", perRecord, "≥ 1", 1.0);
        ndjsonMemory(read(dir.resolve("ndjson-memory.txt")));
        coldStart(read(dir.resolve("cold-start.txt")));
        String tree = read(dir.resolve("tree-memory.txt"));
        Matcher trees = Pattern.compile("input ([0-9,]+) bytes.*tree ([0-9,]+) bytes = ([0-9.]+) x the input \\(([^)]*)\\)")
                .matcher(tree == null ? "" : tree);
        boolean anyTree = false;
        while (trees.find()) {
            anyTree = true;
            double r = Double.parseDouble(trees.group(3));
            row("memory of the tree reader / input size (" + trees.group(4) + ")", trees.group(2) + " B",
                    trees.group(1) + " B", r, "≤ 4×, or a streaming path", r <= 4.0);
        }
        if (!anyTree) {
            missing("memory of the tree reader / input size", "≤ 4×, or a streaming path");
        }
        for (Workloads.Row w : Workloads.rows(results, read(dir.resolve("taxdump-memory.txt")))) {
            boolean bugsigdb = w.what().startsWith("BugSigDB");
            row(w.what(), w.figure(), w.baseline(), w.ratio(), bugsigdb ? "rows/s, bounded heap" : "beside its baseline",
                    bugsigdb ? Boolean.TRUE : null);
        }
        System.out.println();
        System.out.println("Ratios are time over the baseline's time (lower is better), except the NDJSON rows (share");
        System.out.println("of the baseline's speed, higher is better). \"met?\" is this run's figure against the target;");
        System.out.println("the new workloads have no target in the issue (\"—\"); the BugSigDB import is met when it");
        System.out.println("completes within its bounded heap.");
    }

    private static void time(Map<String, Result> results, String what, String ours, String base, String target,
            double limit) {
        Result a = results.get(ours);
        Result b = results.get(base);
        if (a == null || b == null) {
            missing(what, target);
            return;
        }
        double r = a.score() / b.score();
        row(what, Workloads.figure(a.score(), a.unit()), Workloads.figure(b.score(), b.unit()), r, target, r <= limit);
    }

    private static void speed(Map<String, Result> results, String what, String ours, String base, double bytes,
            String target, double limit) {
        Result a = results.get(ours);
        Result b = results.get(base);
        if (a == null || b == null) {
            missing(what, target);
            return;
        }
        double r = a.score() / b.score();
        row(what, Workloads.figure(a.score() * bytes / 1e6, "MB/s"), Workloads.figure(b.score() * bytes / 1e6, "MB/s"),
                r, target, r >= limit);
    }

    private static void ndjsonMemory(@Nullable String text) {
        String what = "NDJSON live heap while reading (max after GC), smallest → largest stream";
        if (text == null) {
            missing(what, "flat");
            return;
        }
        Matcher m = Pattern.compile("records (\\d+), threads (\\S+),.*max while reading ([0-9.]+) MB").matcher(text);
        Map<String, List<String>> byThreads = new LinkedHashMap<>();
        Map<String, List<Double>> live = new LinkedHashMap<>();
        while (m.find()) {
            byThreads.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(1));
            live.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(Double.parseDouble(m.group(3)));
        }
        if (live.isEmpty()) {
            missing(what, "flat");
        }
        live.forEach((threads, mb) -> {
            List<String> counts = byThreads.get(threads);
            boolean flat = mb.get(mb.size() - 1) <= 1.25 * mb.get(0);
            row(what + ", " + threads.replace(",", "") + (threads.equals("sequential") ? "" : " threads"),
                    String.format(Locale.ROOT, "%.1f MB at %s records", mb.get(mb.size() - 1), counts.get(counts.size() - 1)),
                    String.format(Locale.ROOT, "%.1f MB at %s records", mb.get(0), counts.get(0)),
                    mb.get(mb.size() - 1) / mb.get(0), "flat (largest within 1.25× of smallest)", flat);
        });
    }

    private static void coldStart(@Nullable String text) {
        String what = "cold start, whole process, read+validate one document / plain databind (median of pairs)";
        Matcher ratio = Pattern.compile("msbiome/plain\\s+median of (\\d+) pairs ([0-9.]+)").matcher(text == null ? "" : text);
        if (!ratio.find()) {
            missing(what, "≤ 1.2×");
            return;
        }
        Matcher ms = Pattern.compile("(?m)^msbiome\\s.*median\\s+([0-9.]+) ms").matcher(text);
        Matcher ps = Pattern.compile("(?m)^plain\\s.*median\\s+([0-9.]+) ms").matcher(text);
        double r = Double.parseDouble(ratio.group(2));
        row(what + ", " + ratio.group(1) + " pairs", ms.find() ? ms.group(1) + " ms" : "",
                ps.find() ? ps.group(1) + " ms" : "", r, "≤ 1.2×", r <= 1.2);
    }

    private static void missing(String what, String target) {
        row(what, "not in this run", "", Double.NaN, target, null);
    }

    private static void row(String what, String ours, String base, double ratio, String target, @Nullable Boolean met) {
        System.out.printf("| %s | %s | %s | %s | %s | %s |%n", what, ours, base, Workloads.ratio(ratio), target,
                met == null ? "—" : met ? "**met**" : "not met");
    }

    private static String bytes(double b) {
        return String.format(Locale.ROOT, "%,.0f B", b);
    }

    private static String load(Map<String, String> info) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("load at start", "load after JMH", "load before cold start", "load at end")) {
            if (info.containsKey(key)) {
                parts.add(key.substring(5) + " " + info.get(key));
            }
        }
        return parts.isEmpty() ? "(not recorded) now " + loadNow() : String.join("; ", parts);
    }

    private static String loadNow() {
        String l = read(Path.of("/proc/loadavg"));
        return l == null ? "?" : String.join(" ", List.of(l.split(" ")).subList(0, 3));
    }

    private static String machine() {
        String cpu = "";
        String cpuinfo = read(Path.of("/proc/cpuinfo"));
        if (cpuinfo != null) {
            Matcher m = Pattern.compile("model name\\s*:\\s*(.*)").matcher(cpuinfo);
            cpu = m.find() ? m.group(1).strip() : "";
        }
        return Runtime.getRuntime().availableProcessors() + " processors" + (cpu.isEmpty() ? "" : " (" + cpu + ")");
    }

    private static String jdk(List<Path> jsons) {
        for (Path p : jsons) {
            for (JsonNode run : JsonMapper.builder().build().readTree(p.toFile())) {
                return run.path("vmName").asString() + " " + run.path("vmVersion").asString() + " (JDK "
                        + run.path("jdkVersion").asString() + "), JMH " + run.path("jmhVersion").asString()
                        + ", JVM options of the first benchmark " + run.path("jvmArgs").toString();
            }
        }
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version");
    }

    private static Map<String, String> info(@Nullable String text) {
        Map<String, String> info = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    info.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
                }
            }
        }
        return info;
    }

    private static List<Path> list(Path dir, String prefix, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
