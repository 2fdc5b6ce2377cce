package org.msbiome.benchmarks;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.io.biom.Biom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading BIOM tables: the generated table of {@link DiversityBenchmark} (2,000 samples × 5,000 features, 1%
 * non-zero, seeded) written as BIOM 2.1 (HDF5, with jhdf, both matrices as biom-format writes them) and as BIOM 1.0
 * (JSON, by {@link Biom#writeJson}). One operation reads the whole table into a {@link CommunityProfile}; MB/s =
 * operations/s × the file's size ({@link #sizes()}).
 *
 * <p>Baselines, on the same bytes: {@link #biom21JhdfRaw()} is jhdf reading the datasets and attributes the BIOM
 * 2.1 reader reads (shape, format version, both ID lists, the sample-major matrix) as raw arrays;
 * {@link #biom10JacksonTree()} is a default Jackson {@code JsonMapper} parsing the BIOM 1.0 text into a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class BiomBenchmark {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private CommunityProfile profile;
    private Path hdf5;
    private String json;

    /** Generates the table and writes both files; checks that both read back the same profile. */
    @Setup
    public void setUp() throws IOException {
        profile = DiversityBenchmark.generatedTable(new Random(20260101L));
        hdf5 = writeBiom21(profile);
        json = biom10(profile);
        DocumentBenchmark.check(Biom.read(hdf5, null).profile().equals(profile), "BIOM 2.1 read differs");
        DocumentBenchmark.check(Biom.readJson(json, null).profile().equals(profile), "BIOM 1.0 read differs");
        long[] sizes = {Files.size(hdf5), json.getBytes(StandardCharsets.UTF_8).length};
        System.out.printf("%n[biom] %d samples × %d features, %d non-zero; BIOM 2.1 %,d bytes, BIOM 1.0 %,d bytes%n",
                DiversityBenchmark.SAMPLES, DiversityBenchmark.FEATURES, profile.nonZeroCount(), sizes[0], sizes[1]);
    }

    /** Deletes the BIOM 2.1 file. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(hdf5);
    }

    /** Reads the whole table from BIOM 2.1 (HDF5): {@code Biom.read(path)}; one operation is one file. */
    @Benchmark
    public CommunityProfile biom21Read() throws IOException {
        return Biom.read(hdf5, null).profile();
    }

    /** Baseline: jhdf reads the same attributes and datasets as raw arrays; one operation is one file. */
    @Benchmark
    public Object[] biom21JhdfRaw() {
        try (HdfFile h = new HdfFile(hdf5)) {
            return new Object[] {h.getAttribute("format-version").getData(), h.getAttribute("shape").getData(),
                h.getDatasetByPath("/observation/ids").getData(), h.getDatasetByPath("/sample/ids").getData(),
                h.getDatasetByPath("/sample/matrix/data").getData(),
                h.getDatasetByPath("/sample/matrix/indices").getData(),
                h.getDatasetByPath("/sample/matrix/indptr").getData()};
        }
    }

    /** Reads the whole table from BIOM 1.0 (JSON text): {@code Biom.readJson}; one operation is one file. */
    @Benchmark
    public CommunityProfile biom10Read() {
        return Biom.readJson(json, null).profile();
    }

    /** Baseline: a default Jackson mapper parses the same text into a tree; one operation is one file. */
    @Benchmark
    public JsonNode biom10JacksonTree() {
        return MAPPER.readTree(json);
    }

    /** The sizes in bytes of the BIOM 2.1 file and of the BIOM 1.0 text (generated again: a few seconds). */
    static long[] sizes() {
        CommunityProfile table = DiversityBenchmark.generatedTable(new Random(20260101L));
        Path file = writeBiom21(table);
        try {
            return new long[] {Files.size(file), biom10(table).getBytes(StandardCharsets.UTF_8).length};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static String biom10(CommunityProfile table) {
        return Biom.writeJson(table, "msbiome benchmarks", Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Writes the BIOM 2.1 layout (sample-major CSC and observation-major CSR, as biom-format does). */
    static Path writeBiom21(CommunityProfile profile) {
        try {
            Path file = Files.createTempFile("biom-benchmark", ".biom");
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
