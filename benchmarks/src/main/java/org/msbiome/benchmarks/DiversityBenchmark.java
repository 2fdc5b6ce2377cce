package org.msbiome.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.msbiome.core.diversity.AlphaMeasure;
import org.msbiome.core.diversity.BetaDiversity;
import org.msbiome.core.diversity.BetaMeasure;
import org.msbiome.core.diversity.DistanceMatrix;
import org.msbiome.core.diversity.LogBase;
import org.msbiome.core.diversity.PhylogeneticTree;
import org.msbiome.core.diversity.ProfileDiversity;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.core.microbiome.ValueKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diversity on a generated sparse table of 2,000 samples × 5,000 features, 1% non-zero (seeded), with a random
 * binary tree over the 5,000 features (9,999 nodes). Scores: samples/s for alpha (observed, Shannon, Simpson),
 * pairs/s for Bray–Curtis and UniFrac (distance matrices of the first {@value #BC_SAMPLES} and
 * {@value #UNIFRAC_SAMPLES} samples).
 *
 * <p>Baselines ({@code plain*}): the same measures written as plain loops over the same sparse rows (sorted
 * feature indices and their values), with no profile, no result records and no checks: what a user would write
 * by hand. UniFrac has no plain baseline (a second implementation of it would be a second UniFrac, not a
 * baseline); its cost is read against Bray–Curtis, the same pairs without the tree. The setup checks that the
 * plain loops give the library's values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class DiversityBenchmark {
    static final int SAMPLES = 2_000;
    static final int FEATURES = 5_000;
    static final int BC_SAMPLES = 200;
    static final int UNIFRAC_SAMPLES = 60;
    private static final List<AlphaMeasure> ALPHA = List.of(AlphaMeasure.OBSERVED, AlphaMeasure.SHANNON,
            AlphaMeasure.SIMPSON);

    private CommunityProfile profile;
    private PhylogeneticTree tree;
    private PhylogeneticTree.Tips tips;
    private List<String> ids;
    private List<int[]> indices;
    private List<double[]> values;

    /** Generates the table and the tree; checks the baselines against the library. */
    @Setup
    public void setUp() {
        Random random = new Random(20260101L);
        profile = generatedTable(random);
        List<String> featureIds = profile.features().stream().map(Feature::id).toList();
        tree = PhylogeneticTree.parseNewick(randomTree(featureIds, random));
        tips = tree.tipsOf(featureIds);
        ids = new ArrayList<>();
        indices = new ArrayList<>();
        values = new ArrayList<>();
        for (int s = 0; s < SAMPLES; s++) {
            ids.add(profile.samples().get(s).id());
            indices.add(profile.nonZeroFeatures(s));
            values.add(profile.nonZeroValues(s));
        }
        List<ProfileDiversity.SampleAlpha> alpha = ProfileDiversity.alpha(profile, ALPHA, LogBase.E, null);
        double[] plain = plainAlpha();
        for (int s = 0; s < SAMPLES; s++) {
            for (int m = 0; m < 3; m++) {
                DocumentBenchmark.check(Math.abs(alpha.get(s).results().get(m).value() - plain[3 * s + m]) < 1e-12,
                        "plain alpha differs at sample " + s);
            }
        }
        DistanceMatrix bc = brayCurtis();
        double[][] plainBc = plainBrayCurtis();
        for (int i = 0; i < BC_SAMPLES; i++) {
            for (int j = 0; j < i; j++) {
                DocumentBenchmark.check(Math.abs(bc.get(i, j) - plainBc[i][j]) < 1e-12, "plain Bray–Curtis differs");
            }
        }
        System.out.printf("%n[diversity] %d samples × %d features, %d non-zero, tree %d nodes%n",
                SAMPLES, FEATURES, profile.nonZeroCount(), tree.nodeCount());
    }

    /** Alpha diversity (observed, Shannon, Simpson) of every sample; one operation is one sample. */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public Object alpha() {
        return ProfileDiversity.alpha(profile, ALPHA, LogBase.E, null);
    }

    /** Baseline: observed, Shannon (ln) and Simpson of every sample as plain loops; one operation is one sample. */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double[] plainAlpha() {
        double[] out = new double[3 * SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            double[] v = values.get(s);
            double total = 0;
            int observed = 0;
            for (double x : v) {
                total += x;
                if (x > 0) {
                    observed++;
                }
            }
            double h = 0;
            double d = 0;
            for (double x : v) {
                if (x > 0) {
                    double p = x / total;
                    h -= p * Math.log(p);
                    d += p * p;
                }
            }
            out[3 * s] = observed;
            out[3 * s + 1] = h;
            out[3 * s + 2] = 1 - d;
        }
        return out;
    }

    /** Bray–Curtis matrix of the first samples; one operation is one pair. */
    @Benchmark
    @OperationsPerInvocation(BC_SAMPLES * (BC_SAMPLES - 1) / 2)
    public DistanceMatrix brayCurtis() {
        return matrix(BetaMeasure.BRAY_CURTIS, BC_SAMPLES);
    }

    /** Baseline: Bray–Curtis of the same pairs as a plain sorted merge into a {@code double[][]}; one operation is one pair. */
    @Benchmark
    @OperationsPerInvocation(BC_SAMPLES * (BC_SAMPLES - 1) / 2)
    public double[][] plainBrayCurtis() {
        double[][] d = new double[BC_SAMPLES][BC_SAMPLES];
        double[] totals = new double[BC_SAMPLES];
        for (int s = 0; s < BC_SAMPLES; s++) {
            for (double x : values.get(s)) {
                totals[s] += x;
            }
        }
        for (int a = 0; a < BC_SAMPLES; a++) {
            int[] ia = indices.get(a);
            double[] va = values.get(a);
            for (int b = 0; b < a; b++) {
                int[] ib = indices.get(b);
                double[] vb = values.get(b);
                double diff = 0;
                int i = 0;
                int j = 0;
                while (i < ia.length && j < ib.length) {
                    if (ia[i] == ib[j]) {
                        diff += Math.abs(va[i++] - vb[j++]);
                    } else if (ia[i] < ib[j]) {
                        diff += va[i++];
                    } else {
                        diff += vb[j++];
                    }
                }
                while (i < ia.length) {
                    diff += va[i++];
                }
                while (j < ib.length) {
                    diff += vb[j++];
                }
                d[a][b] = diff / (totals[a] + totals[b]);
                d[b][a] = d[a][b];
            }
        }
        return d;
    }

    /** Unweighted UniFrac matrix of the first samples; one operation is one pair. */
    @Benchmark
    @OperationsPerInvocation(UNIFRAC_SAMPLES * (UNIFRAC_SAMPLES - 1) / 2)
    public DistanceMatrix unweightedUnifrac() {
        return matrix(BetaMeasure.UNWEIGHTED_UNIFRAC, UNIFRAC_SAMPLES);
    }

    /** Weighted normalised UniFrac matrix of the first samples; one operation is one pair. */
    @Benchmark
    @OperationsPerInvocation(UNIFRAC_SAMPLES * (UNIFRAC_SAMPLES - 1) / 2)
    public DistanceMatrix weightedUnifrac() {
        return matrix(BetaMeasure.WEIGHTED_NORMALIZED_UNIFRAC, UNIFRAC_SAMPLES);
    }

    private DistanceMatrix matrix(BetaMeasure measure, int n) {
        return BetaDiversity.matrix(measure, ids.subList(0, n), FEATURES, indices.subList(0, n), values.subList(0, n),
                measure.phylogenetic() ? tips : null);
    }

    /**
     * The generated table: {@value #SAMPLES} samples × {@value #FEATURES} features, each cell non-zero with
     * probability 1% (counts 1–100), drawn from {@code random} (the same table for the same seed).
     */
    static CommunityProfile generatedTable(Random random) {
        List<Feature> features = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            features.add(Feature.of("F" + f));
        }
        List<SampleInfo> samples = new ArrayList<>();
        for (int s = 0; s < SAMPLES; s++) {
            samples.add(SampleInfo.of("S" + s));
        }
        CommunityProfile.Builder builder = CommunityProfile.builder(ProfileMeasurement.ofValues(ValueKind.COUNTS),
                features, samples);
        for (int s = 0; s < SAMPLES; s++) {
            for (int f = 0; f < FEATURES; f++) {
                if (random.nextInt(100) == 0) {
                    builder.set(s, f, 1 + random.nextInt(100));
                }
            }
        }
        return builder.build();
    }

    /** A random rooted binary tree: repeatedly joins two random subtrees, branch lengths in (0, 1). */
    static String randomTree(List<String> tipLabels, Random random) {
        List<String> nodes = new ArrayList<>();
        for (String label : tipLabels) {
            nodes.add(label + ":" + String.format(java.util.Locale.ROOT, "%.4f", 0.0001 + random.nextDouble()));
        }
        while (nodes.size() > 1) {
            String a = nodes.remove(random.nextInt(nodes.size()));
            String b = nodes.remove(random.nextInt(nodes.size()));
            nodes.add("(" + a + "," + b + "):" + String.format(java.util.Locale.ROOT, "%.4f", 0.0001 + random.nextDouble()));
        }
        String root = nodes.get(0);
        return root.substring(0, root.lastIndexOf(':')) + "root;";
    }
}
