package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code msbiome diversity} on the rich biom-format example (biocore/biom-format {@code examples/}). Expected values
 * were computed by hand from the table's counts (Sample1 holds GG_OTU_2 = 5 and GG_OTU_4 = 2): Shannon
 * −(5/7 ln 5/7 + 2/7 ln 2/7) = 0.5982695885852573, Simpson 1 − (25 + 4)/49 = 0.40816326530612246, Bray–Curtis to
 * Sample2 (0,1,0,1,1): (5−1 + 2−1 + 1)/(7 + 3) = 0.6.
 */
class DiversityCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path rich() throws IOException {
        Path file = dir.resolve("rich_sparse_otu_table.biom");
        try (var in = DiversityCommandTest.class.getResourceAsStream(
                "/org/msbiome/examples/tour/rich_sparse_otu_table.biom")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void printsAlphaDiversityPerSample() throws IOException {
        Run r = run("diversity", rich().toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.lines()).hasSize(7);
        assertThat(r.lines().get(0)).isEqualTo("sample\tobserved\tshannon(base e)\tsimpson");
        String[] sample1 = r.lines().get(1).split("\t");
        assertThat(sample1[0]).isEqualTo("Sample1");
        assertThat(Double.parseDouble(sample1[1])).isEqualTo(2.0);
        assertThat(Double.parseDouble(sample1[2])).isCloseTo(0.5982695885852573, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Double.parseDouble(sample1[3])).isCloseTo(0.40816326530612246, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.lines().get(5)).startsWith("Sample5\t1.0\t0.0\t0.0");
    }

    @Test
    void printsADistanceMatrixAsTsvOrJson() throws IOException {
        Run r = run("diversity", rich().toString(), "--beta", "braycurtis");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.lines().get(0)).isEqualTo("braycurtis\tSample1\tSample2\tSample3\tSample4\tSample5\tSample6");
        assertThat(Double.parseDouble(r.lines().get(1).split("\t")[2])).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-12));
        Run json = run("diversity", rich().toString(), "--beta", "jaccard", "--format", "json");
        assertThat(json.exit()).isEqualTo(0);
        assertThat(json.out()).startsWith("{\"matrices\":[{\"measure\":\"jaccard\",\"ids\":[\"Sample1\"");
    }

    @Test
    void usageErrorsAreClear() throws IOException {
        Path file = rich();
        Run unifrac = run("diversity", file.toString(), "--beta", "unifrac");
        assertThat(unifrac.exit()).isEqualTo(2);
        assertThat(unifrac.err()).contains("--beta: unweighted-unifrac needs a phylogenetic tree");
        Run chao = run("diversity", file.toString(), "--alpha", "chao2");
        assertThat(chao.exit()).isEqualTo(2);
        assertThat(chao.err()).contains("--alpha: alpha-diversity measure 'chao2' is unknown");
        Run base = run("diversity", file.toString(), "--base", "3");
        assertThat(base.err()).contains("--base: logarithm base '3' is unknown; expected one of e, 2, 10");
    }

    @Test
    void aMalformedTableIsReportedWithExitCodeOne() throws IOException {
        Path bad = dir.resolve("bad.biom");
        Files.writeString(bad, Files.readString(rich()).replace("\"shape\": [5, 6]", "\"shape\": [5, 9]"));
        Run r = run("diversity", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("/shape").contains("does not match the 5 rows and 6 columns");
    }

    @Test
    void aTableOrTreeThatIsNotUtf8SaysWhereInsteadOfTheDecodersInputLength() throws IOException {
        // "café" in Latin-1: the byte 0xE9 is the 30th of the file (14 of the header, 15 of "Bacteroides caf")
        byte[] latin1 = "#OTU ID\tS1\tS2\nBacteroides caf\u00e9\t1\t2\nPrevotella\t3\t4\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path table = Files.write(dir.resolve("latin1.tsv"), latin1);

        Run r = run("diversity", table.toString());

        assertThat(r.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(r.err()).contains(table + " is not UTF-8 text: byte 30 (0xE9) cannot be decoded as UTF-8")
                .doesNotContain("Input length");

        Path tree = Files.write(dir.resolve("tree.nwk"), "(A:1,caf\u00e9:1);".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        Run t = run("diversity", table.toString(), "--tree", tree.toString(), "--beta", "unifrac");
        assertThat(t.exit()).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(t.err()).contains("is not UTF-8 text: byte 9 (0xE9)").doesNotContain("Input length");
    }

    @Test
    void aSampleIdWithAControlCharacterIsBadInputWithItsLineNotAUsageError() throws IOException {
        Path table = Files.writeString(dir.resolve("ids.tsv"), "#OTU ID\tS\u00011\tS2\nBacteroides\t1\t2\n");

        Run r = run("diversity", table.toString());

        assertThat(r.exit()).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(r.out()).contains(table + ": /line/1: [invalid-value] column 2, a sample ID: id 'S\\u00011' contains the"
                + " control character U+0001");
    }
}
