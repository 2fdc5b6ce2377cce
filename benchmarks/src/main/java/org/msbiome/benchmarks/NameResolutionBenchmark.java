package org.msbiome.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Reclassification;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.Taxonomy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Name resolution against the bundled snapshot ({@code msbiome-taxonomy 2026.1}): names as they appear in
 * papers and tools, former and current, loosely written and abbreviated. One operation resolves one name.
 *
 * <p>Baseline: {@link #hashMapLookup()}, the full names looked up in a {@code HashMap} from every name the snapshot
 * lists (current and former) to its current taxon: an exact-match lookup with no parsing, normalisation or result
 * record, what a tool without a taxonomy model does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class NameResolutionBenchmark {
    private static final List<String> FULL = List.of("Lactobacillus rhamnosus", "Lacticaseibacillus rhamnosus",
            "Bifidobacterium lactis", "Lactobacillus kunkeei", "Streptococcus salivarius subsp. thermophilus",
            "Prevotella copri", "Akkermansia muciniphila", "Weissella cibaria", "Firmicutes",
            "Lactobacillus casei subsp. rhamnosus");
    private static final List<String> LOOSE = List.of("lactobacillus RHAMNOSUS", "Bifidobacterium animalis ssp lactis",
            "Faecalibacterium_prausnitzii", "Clostridium sp", "Saccharomyces cerevisiae var boulardii");
    private static final List<String> ABBREVIATED = List.of("L. rhamnosus", "L. bulgaricus", "B. bifidum",
            "Lc. paracasei", "S. thermophilus");
    private Taxonomy taxonomy;
    private Map<String, Taxon> byName;
    private int next;

    @Setup
    public void load() {
        taxonomy = Taxonomy.bundled();
        byName = new HashMap<>();
        for (Taxon taxon : Taxonomy.knownTaxa()) {
            byName.put(taxon.name().full(), taxon);
        }
        for (Reclassification r : Taxonomy.reclassifications()) {
            byName.putIfAbsent(r.formerName().full(), byName.get(r.currentName().full()));
        }
    }

    /** Baseline: the full names of {@link #resolveFullName()} looked up in a {@code HashMap}. */
    @Benchmark
    public Taxon hashMapLookup() {
        return byName.get(FULL.get(next++ % FULL.size()));
    }

    /** Full names in standard form. */
    @Benchmark
    public NameResolution resolveFullName() {
        return taxonomy.resolveName(FULL.get(next++ % FULL.size()));
    }

    /** Loosely written names, each normalisation recorded. */
    @Benchmark
    public NameResolution resolveLooseName() {
        return taxonomy.resolveName(LOOSE.get(next++ % LOOSE.size()));
    }

    /** Abbreviated genera, expanded against every listed name. */
    @Benchmark
    public NameResolution resolveAbbreviation() {
        return taxonomy.resolveName(ABBREVIATED.get(next++ % ABBREVIATED.size()));
    }
}
