package org.msbiome.benchmarks;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.msbiome.io.biom.Biom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Diversity on a generated sparse table of 2,000 samples × 5,000 features, 1% non-zero (seeded), with a random
 * binary tree over the 5,000 features (9,999 nodes). Scores: samples/s for alpha (observed, Shannon, Simpson),
 * pairs/s for Bray–Curtis and UniFrac (distance matrices of the first {@value #BC_SAMPLES} and
 * {@value #UNIFRAC_SAMPLES} samples), and BIOM 2.1 (HDF5) reads/s of the whole table, whose size the setup prints
 * (MB/s = reads/s × size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
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
    private Path hdf5;

    /** Generates the table, the tree and the BIOM 2.1 file. */
    @Setup
    public void setUp() throws IOException {
        Random random = new Random(20260101L);
        List<Feature> features = new ArrayList<>();
        List<String> featureIds = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            featureIds.add("F" + f);
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
        profile = builder.build();
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
        hdf5 = writeBiom21(profile);
        DocumentBenchmark.check(Biom.read(hdf5, null).profile().equals(profile), "BIOM 2.1 read differs");
        System.out.printf("%n[diversity] %d samples × %d features, %d non-zero, tree %d nodes; BIOM 2.1 %d bytes%n",
                SAMPLES, FEATURES, profile.nonZeroCount(), tree.nodeCount(), Files.size(hdf5));
    }

    /** Deletes the BIOM file. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(hdf5);
    }

    /** Alpha diversity (observed, Shannon, Simpson) of every sample; one operation is one sample. */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public Object alpha() {
        return ProfileDiversity.alpha(profile, ALPHA, LogBase.E, null);
    }

    /** Bray–Curtis matrix of the first samples; one operation is one pair. */
    @Benchmark
    @OperationsPerInvocation(BC_SAMPLES * (BC_SAMPLES - 1) / 2)
    public DistanceMatrix brayCurtis() {
        return matrix(BetaMeasure.BRAY_CURTIS, BC_SAMPLES);
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

    /** Reads the whole table from BIOM 2.1 (HDF5); one operation is one file. */
    @Benchmark
    public CommunityProfile biom21Read() throws IOException {
        return Biom.read(hdf5, null).profile();
    }

    private DistanceMatrix matrix(BetaMeasure measure, int n) {
        return BetaDiversity.matrix(measure, ids.subList(0, n), FEATURES, indices.subList(0, n), values.subList(0, n),
                measure.phylogenetic() ? tips : null);
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

    /** Writes the BIOM 2.1 layout (sample-major CSC and observation-major CSR, as biom-format does). */
    static Path writeBiom21(CommunityProfile profile) {
        try {
            Path file = Files.createTempFile("diversity-benchmark", ".biom");
            Files.delete(file);
            int samples = profile.samples().size();
            int features = profile.features().size();
            int nnz = profile.nonZeroCount();
            double[] data = new double[nnz];
            int[] idx = new int[nnz];
            int[] ptr = new int[samples + 1];
            int[] perFeature = new int[features + 1];
            int k = 0;
            for (int s = 0; s < samples; s++) {
                int[] f = profile.nonZeroFeatures(s);
                double[] v = profile.nonZeroValues(s);
                for (int i = 0; i < f.length; i++) {
                    idx[k] = f[i];
                    data[k++] = v[i];
                    perFeature[f[i] + 1]++;
                }
                ptr[s + 1] = k;
            }
            for (int f = 0; f < features; f++) {
                perFeature[f + 1] += perFeature[f];
            }
            double[] obsData = new double[nnz];
            int[] obsIdx = new int[nnz];
            int[] fill = perFeature.clone();
            for (int s = 0; s < samples; s++) {
                for (int i = ptr[s]; i < ptr[s + 1]; i++) {
                    int at = fill[idx[i]]++;
                    obsData[at] = data[i];
                    obsIdx[at] = s;
                }
            }
            try (WritableHdfFile h = HdfFile.write(file)) {
                h.putAttribute("id", "diversity benchmark");
                h.putAttribute("type", "OTU table");
                h.putAttribute("format-version", new long[] {2, 1});
                h.putAttribute("shape", new long[] {features, samples});
                h.putAttribute("nnz", (long) nnz);
                WritableGroup obs = h.putGroup("observation");
                obs.putDataset("ids", profile.features().stream().map(Feature::id).toArray(String[]::new));
                WritableGroup om = obs.putGroup("matrix");
                om.putDataset("data", obsData);
                om.putDataset("indices", obsIdx);
                om.putDataset("indptr", perFeature);
                WritableGroup sample = h.putGroup("sample");
                sample.putDataset("ids", profile.samples().stream().map(SampleInfo::id).toArray(String[]::new));
                WritableGroup sm = sample.putGroup("matrix");
                sm.putDataset("data", data);
                sm.putDataset("indices", idx);
                sm.putDataset("indptr", ptr);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
