package org.msbiome.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.msbiome.core.taxonomy.Taxonomy;

/**
 * Live heap held by a loaded full-size taxdump: generates the dump of {@link TaxonomyBenchmark} (argument:
 * the number of nodes, default 2,600,000), loads it, and prints the heap in use after a full GC before and
 * after loading, and the load time of that one cold load; then the same for the baseline, the same rows in the
 * JDK's collections ({@link NaiveTaxdump}), loaded second in the same JVM.
 */
public final class TaxdumpMemory {
    private TaxdumpMemory() {}

    public static void main(String[] args) throws IOException {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2_600_000;
        Path dir = Files.createTempDirectory("msbiome-taxdump");
        try {
            TaxonomyBenchmark.write(dir, nodes);
            long rows = countLines(dir.resolve("names.dmp"));
            long bytes = Files.size(dir.resolve("names.dmp")) + Files.size(dir.resolve("nodes.dmp"));
            long before = usedAfterGc();
            long start = System.nanoTime();
            Taxonomy taxonomy = Taxonomy.fromNcbiTaxdump(dir, "generated");
            long millis = (System.nanoTime() - start) / 1_000_000;
            long after = usedAfterGc();
            System.out.printf("nodes %,d; names.dmp rows %,d; nodes.dmp + names.dmp %,d MB%n", nodes, rows,
                    bytes >> 20);
            System.out.printf("cold load %,d ms; live heap of the loaded taxonomy %,d MB (max heap %,d MB)%n",
                    millis, (after - before) >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.println(taxonomy.resolveName("Bacteria").taxon());
            taxonomy = null;
            long naiveBefore = usedAfterGc();
            start = System.nanoTime();
            NaiveTaxdump naive = NaiveTaxdump.load(dir, nodes);
            long naiveMillis = (System.nanoTime() - start) / 1_000_000;
            long naiveAfter = usedAfterGc();
            System.out.printf("baseline (JDK collections): load %,d ms (second load in this JVM); live heap %,d MB (%,d names)%n",
                    naiveMillis, (naiveAfter - naiveBefore) >> 20, naive.names().size());
            System.out.printf("live heap, taxonomy / baseline: %.2f%n",
                    (after - before) / (double) (naiveAfter - naiveBefore));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
