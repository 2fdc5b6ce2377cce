package org.msbiome.io.biom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.ValueKind;
import org.msbiome.core.taxonomy.TaxonRank;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;

/** BIOM 1.0 and 2.1 on the biom-format examples (biocore/biom-format {@code examples/}, snapshot 0f3855c4). */
class BiomTest {
    static Path resource(String name) {
        return Path.of("src", "test", "resources", "biom", name);
    }

    static CommunityProfile read(String name) throws IOException {
        return Biom.read(resource(name), null).profile();
    }

    @Test
    void jsonAndHdf5ExamplesReadIntoEqualProfiles() throws IOException {
        CommunityProfile rich = read("rich_sparse_otu_table.biom");
        assertThat(read("rich_sparse_otu_table_hdf5.biom")).isEqualTo(rich);
        // this file has the same counts, no observation or sample metadata, and a tree as group metadata
        assertThat(read("rich_sparse_otu_table_hdf5_group_metadata.biom")).isEqualTo(read("min_sparse_otu_table.biom"));
        assertThat(read("min_sparse_otu_table_hdf5.biom")).isEqualTo(read("min_sparse_otu_table.biom"));
    }

    @Test
    void readsTheRichExample() throws IOException {
        ProfileImport read = Biom.read(resource("rich_sparse_otu_table.biom"), null);
        CommunityProfile p = read.profile();
        assertThat(p.features()).hasSize(5);
        assertThat(p.samples()).hasSize(6);
        assertThat(p.nonZeroCount()).isEqualTo(15);
        assertThat(p.measurement().values()).isEqualTo(ValueKind.COUNTS);
        // "data": [1,0,5] is GG_OTU_2 in Sample1
        assertThat(p.value(0, 1)).isEqualTo(5.0);
        assertThat(p.dense(0)).containsExactly(0, 5, 0, 2, 0);
        assertThat(p.features().get(0).lineage().orElseThrow().at(TaxonRank.GENUS).orElseThrow().name())
                .isEqualTo("Escherichia");
        assertThat(p.features().get(3).lineage().orElseThrow().last().name()).isEqualTo("Halanaerobiumsaccharolyticum");
        assertThat(p.samples().get(3).attributes()).containsEntry("BODY_SITE", "skin")
                .containsEntry("BarcodeSequence", "CTCTCGGCCTGT").hasSize(4);
        assertThat(read.notes()).contains("/id 'w00asdt': table-level field, not part of the profile",
                "values read as counts: matrix_element_type int; nothing else is known about how the profile was measured");
    }

    @Test
    void hdf5NotesAccountForAttributesAndTheRedundantMatrix() throws IOException {
        ProfileImport read = Biom.read(resource("rich_sparse_otu_table_hdf5.biom"), null);
        assertThat(read.notes()).contains("/@generated-by 'example': table-level attribute, not part of the profile",
                "/observation/matrix: the same values stored by observation; read from /sample/matrix",
                "values read as counts: every value is a whole number; nothing else is known about how the profile was measured");
        ProfileImport grouped = Biom.read(resource("rich_sparse_otu_table_hdf5_group_metadata.biom"), null);
        assertThat(grouped.notes()).contains(
                "/observation/group-metadata [tree]: group metadata (e.g. a phylogeny) is not part of the profile");
    }

    @Test
    void biom10WrittenAndReadBackIsEqualAndStable() throws IOException {
        for (String name : List.of("rich_sparse_otu_table.biom", "min_sparse_otu_table.biom")) {
            CommunityProfile p = read(name);
            String json = Biom.writeJson(p, "msbiome test", Instant.parse("2026-01-01T00:00:00Z"));
            CommunityProfile back = Biom.readJson(json, null).profile();
            assertThat(back).isEqualTo(p);
            assertThat(Biom.writeJson(back, "msbiome test", Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(json);
        }
    }

    private static List<String> problems(String json) {
        try {
            Biom.readJson(json, null);
        } catch (InvalidDocumentException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems");
    }

    private static String rich() throws IOException {
        return Files.readString(resource("rich_sparse_otu_table.biom"));
    }

    @Test
    void malformedJsonTablesGiveClearProblems() throws IOException {
        assertThat(problems(rich().replace("\"shape\": [5, 6]", "\"shape\": [5, 7]")))
                .containsExactly(new Problem("/shape", org.msbiome.io.ProblemCode.INVALID_VALUE,
                        "shape [5,7] does not match the 5 rows and 6 columns", Optional.empty()).toString());
        assertThat(problems(rich().replace("[4,2,1]", "[5,2,1]"))).singleElement().asString()
                .contains("/data/14").contains("index [5, 2] is out of range for shape [5, 6]");
        assertThat(problems(rich().replace("\"matrix_type\": \"sparse\"", "\"matrix_type\": \"coo\"")))
                .singleElement().asString().contains("/matrix_type").contains("unknown matrix type 'coo'");
        assertThat(problems(rich().replace("[4,2,1]", "[4,2,1],[0,2,3]"))).singleElement().asString()
                .contains("sample 'Sample3', feature 'GG_OTU_1' has more than one value");
        assertThat(problems("{\"rows\": [")).singleElement().asString().contains("not well-formed JSON");
        assertThat(problems(rich().replace("[4,2,1]", "[4,2,1.5]"))).singleElement().asString()
                .contains("/samples/2").contains("counts must be non-negative integers");
    }

    @Test
    void aTruncatedHdf5FileGivesAProblemNotAnException() throws IOException {
        byte[] whole = Files.readAllBytes(resource("rich_sparse_otu_table_hdf5.biom"));
        for (int length : new int[] {8, 100, 1000, whole.length / 2, whole.length - 100}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> Biom.readHdf5(cut, null)).as("%d bytes", length)
                    .isInstanceOf(InvalidDocumentException.class);
        }
    }

    /** Writes a BIOM 2.1 layout with jhdf, with the given shape, indices and pointers. */
    static Path hdf5(Path dir, long[] shape, int[] indices, int[] indptr, String version) {
        Path file = dir.resolve("t-" + Arrays.toString(shape).hashCode() + Arrays.hashCode(indices) + version + ".biom");
        try (WritableHdfFile f = HdfFile.write(file)) {
            f.putAttribute("shape", shape);
            f.putAttribute("format-version", version.equals("2.1") ? new long[] {2, 1} : new long[] {3, 0});
            f.putAttribute("nnz", (long) indices.length);
            WritableGroup obs = f.putGroup("observation");
            obs.putDataset("ids", new String[] {"OTU1", "OTU2"});
            WritableGroup sample = f.putGroup("sample");
            sample.putDataset("ids", new String[] {"S1", "S2", "S3"});
            WritableGroup m = sample.putGroup("matrix");
            double[] data = new double[indices.length];
            Arrays.fill(data, 3.0);
            m.putDataset("data", data);
            m.putDataset("indices", indices);
            m.putDataset("indptr", indptr);
        }
        return file;
    }

    private static List<String> hdf5Problems(Path file) {
        try {
            Biom.read(file, null);
        } catch (InvalidDocumentException | IOException e) {
            return ((InvalidDocumentException) e).problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void malformedHdf5TablesGiveClearProblems(@TempDir Path dir) throws IOException {
        Path good = hdf5(dir, new long[] {2, 3}, new int[] {0, 1, 1}, new int[] {0, 2, 2, 3}, "2.1");
        CommunityProfile p = Biom.read(good, null).profile();
        assertThat(p.dense(0)).containsExactly(3, 3);
        assertThat(p.dense(1)).containsExactly(0, 0);
        assertThat(hdf5Problems(hdf5(dir, new long[] {2, 4}, new int[] {0, 1, 1}, new int[] {0, 2, 2, 3}, "2.1")))
                .singleElement().asString().contains("/@shape").contains("does not match 2 observation IDs and 3 sample IDs");
        assertThat(hdf5Problems(hdf5(dir, new long[] {2, 3}, new int[] {0, 7, 1}, new int[] {0, 2, 2, 3}, "2.1")))
                .singleElement().asString().contains("/sample/matrix/indices/1")
                .contains("observation index 7 is out of range for 2 observations");
        assertThat(hdf5Problems(hdf5(dir, new long[] {2, 3}, new int[] {0, 1, 1}, new int[] {0, 2, 9, 3}, "2.1")))
                .singleElement().asString().contains("/sample/matrix/indptr");
        assertThat(hdf5Problems(hdf5(dir, new long[] {2, 3}, new int[] {0, 1, 1}, new int[] {0, 2, 2, 3}, "3.0")))
                .singleElement().asString().contains("/@format-version").contains("is not BIOM 2.x");
    }

    @Test
    void measurementGivenByTheCallerIsUsed() throws IOException {
        var m = new org.msbiome.core.microbiome.ProfileMeasurement(
                Optional.of(org.msbiome.core.microbiome.ProfilingMethod.AMPLICON_16S), Optional.of("V4"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(org.msbiome.core.microbiome.UberonId.FECES), ValueKind.COUNTS, Optional.empty());
        assertThat(Biom.read(resource("rich_sparse_otu_table.biom"), m).profile().measurement()).isEqualTo(m);
        assertThat(Map.of()).isEmpty();
    }
}
