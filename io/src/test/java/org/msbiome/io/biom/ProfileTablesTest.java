package org.msbiome.io.biom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.core.diversity.AlphaMeasure;
import org.msbiome.core.diversity.BetaMeasure;
import org.msbiome.core.diversity.LogBase;
import org.msbiome.core.diversity.PhylogeneticTree;
import org.msbiome.core.diversity.ProfileDiversity;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ValueKind;
import org.msbiome.core.taxonomy.TaxonRank;
import org.msbiome.io.InvalidDocumentException;

/** The QIIME TSV, MetaPhlAn and Kraken/Bracken readers on real-format input. */
class ProfileTablesTest {
    private static String resource(String name) throws IOException {
        return Files.readString(Path.of("src", "test", "resources", "tables", name));
    }

    @Test
    void qiimeTinyTestTableGivesQiimesFaithPdAndUnifrac() throws IOException {
        ProfileImport read = ProfileTables.readQiimeTsv(resource("qiime-191-tt-otu-table.tsv"), null);
        CommunityProfile p = read.profile();
        assertThat(p.samples()).extracting(s -> s.id()).containsExactly("f2", "f1", "f3", "f4", "p2", "p1", "t1", "t2");
        assertThat(p.features()).hasSize(10);
        assertThat(read.notes()).contains("/line/1 '# Constructed from biom file': comment, not part of the profile");
        PhylogeneticTree tree = PhylogeneticTree.parseNewick(resource("qiime-191-tt-tree.nwk"));
        // QIIME 1.9.1 faith-pd.txt (scikit-bio test data)
        double[] expected = {0.64607, 0.47803, 0.47803, 0.306525, 1.4239, 0.604145, 0.6574, 0.6574};
        var alpha = ProfileDiversity.alpha(p, List.of(AlphaMeasure.FAITH_PD), LogBase.E, tree);
        for (int s = 0; s < expected.length; s++) {
            assertThat(alpha.get(s).results().get(0).value()).isCloseTo(expected[s], within(1e-7));
        }
        // QIIME 1.9.1 unweighted_unifrac_dm.txt: f2 vs p2
        assertThat(ProfileDiversity.beta(p, BetaMeasure.UNWEIGHTED_UNIFRAC, tree).get("f2", "p2"))
                .isCloseTo(0.638141793205, within(1e-11));
    }

    @Test
    void qiimeTableWithTaxonomyColumnKeepsUnparsableLineagesAsUnresolved() {
        String tsv = "# Constructed from biom file\n#OTU ID\tS1\tS2\ttaxonomy\n"
                + "a1\t1.0\t0.0\tk__Bacteria; p__Firmicutes; c__Clostridia\n"
                + "a2\t0.0\t2.0\tUnassigned\n";
        CommunityProfile p = ProfileTables.readQiimeTsv(tsv, null).profile();
        assertThat(p.features().get(0).lineage().orElseThrow().at(TaxonRank.CLASS).orElseThrow().name())
                .isEqualTo("Clostridia");
        Feature second = p.features().get(1);
        assertThat(second.lineage().isPresent() || second.unparsedLineage().isPresent()).isTrue();
        assertThat(p.measurement().values()).isEqualTo(ValueKind.COUNTS);
    }

    @Test
    void qiimeIdsTheVocabularyRefusesAreProblemsWithTheirLineNotExceptions() {
        // a control character in a sample ID (the header) and in a feature ID (line 3); the cells are still checked
        assertThatThrownBy(() -> ProfileTables.readQiimeTsv("#OTU ID\tS\u00011\tS2\nBacteroides\t1\tx\n"
                + "Prev\u001botella\t3\t4\n", null))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems()).extracting(
                        p -> p.pointer() + " " + p.code().code()).containsExactly(
                                "/line/1 invalid-value", "/line/2 wrong-type", "/line/3 invalid-value"))
                .hasMessageContaining("column 2, a sample ID: id 'S\\u00011' contains the control character U+0001")
                .hasMessageContaining("cell 1, a feature: ");
    }

    @Test
    void qiimeTableProblemsNameTheLine() {
        assertThatThrownBy(() -> ProfileTables.readQiimeTsv("#OTU ID\tS1\nx\tone\ny\t1\t2\n", null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("/line/2").hasMessageContaining("'one' is not a number")
                .hasMessageContaining("/line/3").hasMessageContaining("3 cells; the header has 2");
    }

    @Test
    void brackenReportKeepsEverySpeciesWithItsReads() throws IOException {
        ProfileImport read = ProfileTables.readKrakenReport(resource("taxonkit-SRS014459-Stool_bracken_species.kreport"),
                "SRS014459");
        CommunityProfile p = read.profile();
        double total = Arrays.stream(p.nonZeroValues(0)).sum();
        assertThat(total).isEqualTo(9466.0); // the sum of the report's S rows' clade reads
        int fp = p.featureIndexOf("853").orElseThrow();
        assertThat(p.value(0, fp)).isEqualTo(1079.0);
        assertThat(p.features().get(fp).lineage().orElseThrow().at(TaxonRank.GENUS).orElseThrow().name())
                .isEqualTo("Faecalibacterium");
        int gnavus = p.featureIndexOf("33038").orElseThrow();
        assertThat(p.features().get(gnavus).lineage().orElseThrow().last().name()).isEqualTo("[Ruminococcus] gnavus");
        assertThat(p.value(0, gnavus)).isEqualTo(28.0);
        assertThat(p.measurement().values()).isEqualTo(ValueKind.COUNTS);
    }

    @Test
    void metaphlanProfileKeepsTheDeepestClades() {
        // MetaPhlAn 4 layout; lineages and taxids from BugSigDB (bsdb:11/1/1, bsdb:39/2/1); abundances are test input.
        String profile = "#mpa_vJan21_CHOCOPhlAnSGB_202103\n"
                + "#SampleID\tstool-1\n"
                + "#clade_name\tNCBI_tax_id\trelative_abundance\tadditional_species\n"
                + "k__Bacillati\t1783272\t60.0\t\n"
                + "k__Bacillati|p__Actinomycetota|c__Actinomycetes|o__Bifidobacteriales|f__Bifidobacteriaceae"
                + "|g__Gardnerella|s__Gardnerella vaginalis\t1783272|201174|1760|85004|31953|2701|2702\t60.0\t\n"
                + "k__Pseudomonadati\t3379134\t40.0\t\n"
                + "k__Pseudomonadati|p__Pseudomonadota|c__Gammaproteobacteria|o__Moraxellales|f__Moraxellaceae"
                + "|g__Acinetobacter|s__Acinetobacter schindleri\t3379134|1224|1236|2887326|468|469|108981\t40.0\t\n";
        ProfileImport read = ProfileTables.readMetaphlan(profile, "unnamed");
        CommunityProfile p = read.profile();
        assertThat(p.samples().get(0).id()).isEqualTo("stool-1");
        assertThat(p.features()).hasSize(2);
        assertThat(p.features().get(1).lineage().orElseThrow().at(TaxonRank.SPECIES).orElseThrow().name())
                .isEqualTo("Acinetobacter schindleri");
        assertThat(p.measurement().values()).isEqualTo(ValueKind.PERCENT);
        assertThat(p.dense(0)).containsExactly(60.0, 40.0);
        assertThat(read.notes()).contains("2 clade rows above the deepest level: sums of the rows below them, not kept as features");
    }

    @Test
    void metaphlanAndKrakenIdsTheVocabularyRefusesAreProblemsNotExceptions() {
        assertThatThrownBy(() -> ProfileTables.readMetaphlan("#mpa_v31\n#SampleID\tS\u00011\n#clade_name\tNCBI_tax_id"
                + "\trelative_abundance\nk__Bacteria|p__Firm\u001bicutes\t2|1239\t100.0\n", "x"))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).problems()).extracting(
                        p -> p.pointer() + " " + p.message().substring(0, p.message().indexOf(':'))).containsExactly(
                                "/line/2 the sample ID", "/line/4 the clade"));
    }
}
