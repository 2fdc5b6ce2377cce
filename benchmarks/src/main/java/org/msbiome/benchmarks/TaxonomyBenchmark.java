package org.msbiome.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.Taxonomy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Taxonomy#fromNcbiTaxdump(Path, String)} on a generated taxdump of full size, and name resolution.
 *
 * <p>The dump is generated in the trial's setup into a temporary directory (deleted in tear-down): {@code
 * nodes} nodes in a tree of 30 phyla, genera of 40 species and a strain below every fifth species, and per
 * node a scientific name, an authority row (which the loader skips, as NCBI's names.dmp has many) and for every
 * third node a synonym; merged.dmp holds one row per 30 nodes and delnodes.dmp one per 5. With the default
 * 2,600,000 nodes that is 6.3 million names.dmp rows, about the size of NCBI's full taxdump of 2025.
 * Synthetic names (seeded), real format.
 *
 * <p>Baselines: {@link #loadTaxdumpNaive()} loads the same rows into the JDK's collections ({@link NaiveTaxdump});
 * {@link #hashMapLookup()} looks the names of {@link #resolveNameInTaxdump()} up in its {@code HashMap}.
 */
@State(Scope.Benchmark)
public class TaxonomyBenchmark {
    /** Nodes in the generated dump; NCBI's taxdump had about 2.6 million in 2025. */
    @Param("2600000")
    public int nodes;

    private Path dir;
    private Taxonomy loaded;
    private NaiveTaxdump naive;
    private List<String> dumpNames;
    private int next;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("msbiome-taxdump");
        dumpNames = write(dir, nodes);
        loaded = Taxonomy.fromNcbiTaxdump(dir, "generated");
        naive = NaiveTaxdump.load(dir, nodes);
        for (String name : dumpNames) {
            DocumentBenchmark.check(naive.names().containsKey(name), "the naive maps miss " + name);
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Loads the whole dump: one operation is one full load. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Taxonomy loadTaxdump() throws IOException {
        return Taxonomy.fromNcbiTaxdump(dir, "generated");
    }

    /** Baseline: loads the same rows into the JDK's collections ({@link NaiveTaxdump}). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public NaiveTaxdump loadTaxdumpNaive() throws IOException {
        return NaiveTaxdump.load(dir, nodes);
    }

    /** Baseline: the names of {@link #resolveNameInTaxdump()} looked up in the naive {@code HashMap}. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 3, time = 2)
    public Integer hashMapLookup() {
        return naive.names().get(dumpNames.get(next++ % dumpNames.size()));
    }

    /** Resolves full names (current names and synonyms) against the loaded full-size dump. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 3, time = 2)
    public NameResolution resolveNameInTaxdump() {
        String name = dumpNames.get(next++ % dumpNames.size());
        return loaded.resolveName(name);
    }

    /** Resolves a taxid (current, merged or deleted) against the loaded full-size dump. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 3, time = 2)
    public Object resolveTaxidInTaxdump() {
        int id = 1 + (int) Math.floorMod((long) next++ * 7919L, (long) nodes);
        return loaded.resolveTaxonId(NcbiTaxonId.of(id));
    }

    /** Writes the dump; returns a sample of 10,000 names in it (species names and synonyms). */
    static List<String> write(Path dir, int nodes) throws IOException {
        Random random = new Random(20260101);
        List<String> sample = new ArrayList<>();
        try (BufferedWriter nodesOut = Files.newBufferedWriter(dir.resolve("nodes.dmp"), StandardCharsets.UTF_8);
                BufferedWriter namesOut = Files.newBufferedWriter(dir.resolve("names.dmp"), StandardCharsets.UTF_8);
                BufferedWriter merged = Files.newBufferedWriter(dir.resolve("merged.dmp"), StandardCharsets.UTF_8);
                BufferedWriter deleted = Files.newBufferedWriter(dir.resolve("delnodes.dmp"), StandardCharsets.UTF_8)) {
            node(nodesOut, 1, 1, "no rank");
            name(namesOut, 1, "root", "scientific name");
            node(nodesOut, 2, 1, "superkingdom");
            name(namesOut, 2, "Bacteria", "scientific name");
            int phyla = 30;
            for (int p = 0; p < phyla; p++) {
                node(nodesOut, 3 + p, 2, "phylum");
                name(namesOut, 3 + p, word(random, true) + "ota", "scientific name");
            }
            int id = 3 + phyla;
            String genus = null;
            int genusId = 0;
            String species = null;
            int speciesId = 0;
            while (id <= nodes) {
                int k = id;
                if (genus == null || k % 41 == 0) {
                    genus = word(random, true) + "bacter";
                    genusId = k;
                    node(nodesOut, k, 3 + random.nextInt(phyla), "genus");
                    name(namesOut, k, genus, "scientific name");
                } else if (speciesId > 0 && k % 5 == 0) {
                    node(nodesOut, k, speciesId, "strain");
                    name(namesOut, k, species + " " + word(random, true).toUpperCase() + "-" + k, "scientific name");
                } else {
                    species = genus + " " + word(random, false);
                    speciesId = k;
                    node(nodesOut, k, genusId, "species");
                    name(namesOut, k, species, "scientific name");
                    if (sample.size() < 10_000 && random.nextInt(100) < 3) {
                        sample.add(species);
                    }
                }
                name(namesOut, k, "\"" + genus + "\" " + word(random, true) + " " + (1900 + k % 120), "authority");
                if (k % 3 == 0) {
                    String synonym = word(random, true) + "ella " + word(random, false);
                    name(namesOut, k, synonym, "synonym");
                    if (sample.size() < 10_000 && random.nextInt(100) < 3) {
                        sample.add(synonym);
                    }
                }
                if (k % 30 == 0) {
                    merged.write((nodes + k) + "\t|\t" + k + "\t|\n");
                }
                if (k % 5 == 1) {
                    deleted.write((2 * nodes + k) + "\t|\n");
                }
                id++;
            }
        }
        return sample;
    }

    private static void node(BufferedWriter out, int id, int parent, String rank) throws IOException {
        out.write(id + "\t|\t" + parent + "\t|\t" + rank + "\t|\t\t|\t0\t|\t1\t|\t11\t|\t1\t|\t0\t|\t1\t|\t0\t|\t0\t|\t\t|\n");
    }

    private static void name(BufferedWriter out, int id, String name, String nameClass) throws IOException {
        out.write(id + "\t|\t" + name + "\t|\t\t|\t" + nameClass + "\t|\n");
    }

    private static String word(Random random, boolean capital) {
        int length = 5 + random.nextInt(7);
        StringBuilder w = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        if (capital) {
            w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
        }
        return w.toString();
    }
}
