package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lineage strings of the common tools. MetaPhlAn rows are BugSigDB's (export of 2025-08-05,
 * waldronlab/BugSigDBExports, CC BY 4.0; Geistlinger et al. 2023, doi:10.1038/s41587-023-01872-y); the Kraken
 * report is shenwei356/taxonkit {@code example/SRS014459-Stool.fasta.gz_bracken_species.kreport} (MIT, 2021).
 * The Greengenes and SILVA strings write the names of that Kraken report's rows in those notations; the GTDB
 * string is the one quoted in issue 14.
 */
class LineageTest {
    private static Lineage metaphlanWithIds(String names, String ids) {
        return Lineage.parse(names, LineageNotation.METAPHLAN)
                .withNcbiTaxonIds(Arrays.stream(ids.split("\\|")).map(NcbiTaxonId::parse).toList());
    }

    @Test
    void readsABugSigDbMetaPhlAnLineageWithItsTaxids() {
        // bsdb:27176462/3/1 (Tremlett 2016, paediatric MS)
        Lineage lineage = metaphlanWithIds(
                "k__Bacillati|p__Bacillota|c__Clostridia|o__Eubacteriales|f__Oscillospiraceae|g__Faecalibacterium"
                        + "|s__Faecalibacterium prausnitzii",
                "1783272|1239|186801|186802|216572|216851|853");
        assertThat(lineage.entries()).hasSize(7);
        assertThat(lineage.at(TaxonRank.KINGDOM).orElseThrow().name()).isEqualTo("Bacillati");
        assertThat(lineage.at(TaxonRank.PHYLUM).orElseThrow().name()).isEqualTo("Bacillota");
        Lineage.Entry species = lineage.deepestResolved().orElseThrow();
        assertThat(species.rank()).contains(TaxonRank.SPECIES);
        assertThat(species.name()).isEqualTo("Faecalibacterium prausnitzii");
        assertThat(species.ncbiTaxonId()).contains(NcbiTaxonId.of(853));
        assertThat(lineage.upTo(TaxonRank.GENUS).last().name()).isEqualTo("Faecalibacterium");
    }

    @Test
    void readsBugSigDbsSecondSpeciesLevelAsASubspecies() {
        // bsdb:27362264/1/1
        Lineage lineage = metaphlanWithIds("k__Bacillati|p__Actinomycetota|c__Actinomycetes|o__Bifidobacteriales"
                        + "|f__Bifidobacteriaceae|g__Bifidobacterium|s__Bifidobacterium longum"
                        + "|s__Bifidobacterium longum subsp. longum",
                "1783272|201174|1760|85004|31953|1678|216816|1679");
        assertThat(lineage.at(TaxonRank.SPECIES).orElseThrow().ncbiTaxonId()).contains(NcbiTaxonId.of(216816));
        assertThat(lineage.last()).isEqualTo(new Lineage.Entry(Optional.of(TaxonRank.SUBSPECIES),
                "Bifidobacterium longum subsp. longum", Optional.of(NcbiTaxonId.of(1679))));
    }

    @Test
    void readsAProtistLineageThatStartsBelowTheKingdom() {
        // bsdb:32237205/1/1
        Lineage lineage = Lineage.parse("p__Parabasalia|o__Trichomonadida|f__Trichomonadidae|g__Trichomonas",
                LineageNotation.METAPHLAN);
        assertThat(lineage.at(TaxonRank.KINGDOM)).isEmpty();
        assertThat(lineage.deepestResolved().orElseThrow()).isEqualTo(Lineage.Entry.of(TaxonRank.GENUS, "Trichomonas"));
    }

    @Test
    void readsMetaPhlAnSpeciesGenomeBins() {
        Lineage lineage = Lineage.parse("k__Bacteria|p__Firmicutes|g__Faecalibacterium"
                + "|s__Faecalibacterium prausnitzii|t__SGB15316", LineageNotation.METAPHLAN);
        assertThat(lineage.last()).isEqualTo(Lineage.Entry.of(TaxonRank.SGB, "SGB15316"));
    }

    @Test
    void keepsEmptyGreengenesLevelsAsUnresolved() {
        Lineage lineage = Lineage.parse("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales;"
                + " f__Ruminococcaceae; g__Faecalibacterium; s__", LineageNotation.GREENGENES);
        assertThat(lineage.entries()).hasSize(7);
        assertThat(lineage.last()).isEqualTo(Lineage.Entry.of(TaxonRank.SPECIES, ""));
        assertThat(lineage.last().isResolved()).isFalse();
        assertThat(lineage.deepestResolved().orElseThrow().name()).isEqualTo("Faecalibacterium");
        assertThat(lineage.format(LineageNotation.GREENGENES)).isEqualTo("k__Bacteria; p__Firmicutes;"
                + " c__Clostridia; o__Clostridiales; f__Ruminococcaceae; g__Faecalibacterium; s__");
    }

    @Test
    void readsBothSilvaForms() {
        Lineage numbered = Lineage.parse("D_0__Bacteria;D_1__Bacteroidetes;D_2__Bacteroidia;D_3__Bacteroidales;"
                + "D_4__Bacteroidaceae;D_5__Bacteroides", LineageNotation.SILVA);
        Lineage prefixed = Lineage.parse("d__Bacteria;p__Bacteroidetes;c__Bacteroidia;o__Bacteroidales;"
                + "f__Bacteroidaceae;g__Bacteroides", LineageNotation.SILVA);
        assertThat(numbered).isEqualTo(prefixed);
        assertThat(numbered.at(TaxonRank.DOMAIN).orElseThrow().name()).isEqualTo("Bacteria");
        assertThat(numbered.at(TaxonRank.GENUS).orElseThrow().name()).isEqualTo("Bacteroides");
    }

    @Test
    void keepsGtdbSuffixesAsPartOfTheName() {
        Lineage lineage = Lineage.parse("d__Bacteria;p__Bacillota_A;s__Faecalibacterium prausnitzii_D",
                LineageNotation.GTDB);
        assertThat(lineage.at(TaxonRank.PHYLUM).orElseThrow().name()).isEqualTo("Bacillota_A");
        assertThat(lineage.last().name()).isEqualTo("Faecalibacterium prausnitzii_D");
        assertThat(lineage.format(LineageNotation.GTDB))
                .isEqualTo("d__Bacteria;p__Bacillota_A;s__Faecalibacterium prausnitzii_D");
    }

    @Test
    void readsEveryRowOfAKrakenReport() throws IOException {
        List<Lineage> rows;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("taxonkit-SRS014459-Stool_bracken_species.kreport")),
                StandardCharsets.UTF_8)) {
            rows = Lineage.readKrakenReport(in);
        }
        assertThat(rows).hasSize(134);
        assertThat(rows.get(0)).isEqualTo(Lineage.of(
                new Lineage.Entry(Optional.empty(), "root", Optional.of(NcbiTaxonId.of(1)))));
        Lineage gnavus = rows.stream().filter(l -> l.last().name().equals("[Ruminococcus] gnavus"))
                .findFirst().orElseThrow();
        assertThat(gnavus.last().ncbiTaxonId()).contains(NcbiTaxonId.of(33038));
        assertThat(gnavus.at(TaxonRank.PHYLUM).orElseThrow().name()).isEqualTo("Firmicutes");
        assertThat(gnavus.at(TaxonRank.GENUS).orElseThrow().name()).isEqualTo("Mediterraneibacter");
        assertThat(gnavus.entries().stream().map(Lineage.Entry::name).toList()).containsExactly("root",
                "cellular organisms", "Bacteria", "Terrabacteria group", "Firmicutes", "Clostridia",
                "Clostridiales", "Lachnospiraceae", "Mediterraneibacter", "[Ruminococcus] gnavus");
        Lineage blautia = rows.stream().filter(l -> l.last().name().equals("Blautia sp. SC05B48"))
                .findFirst().orElseThrow();
        Lineage.Entry unclassified = blautia.entries().get(blautia.entries().size() - 2);
        assertThat(unclassified.name()).isEqualTo("unclassified Blautia");
        assertThat(unclassified.rank()).isEmpty();
        assertThat(unclassified.isResolved()).isFalse();
    }

    @Test
    void readsTheLastRowOfAKrakenExcerpt() {
        Lineage lineage = Lineage.parse("""
                12.58\t1194\t0\tF\t541000\t              Ruminococcaceae
                11.37\t1079\t0\tG\t216851\t                Faecalibacterium
                11.37\t1079\t1079\tS\t853\t                  Faecalibacterium prausnitzii
                """, LineageNotation.KRAKEN_REPORT);
        assertThat(lineage.entries()).extracting(Lineage.Entry::name)
                .containsExactly("Ruminococcaceae", "Faecalibacterium", "Faecalibacterium prausnitzii");
        assertThat(lineage.last().ncbiTaxonId()).contains(NcbiTaxonId.of(853));
    }

    @Test
    void rejectsRanksOutOfOrder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Lineage.parse("g__Bacteroides;p__Bacteroidetes", LineageNotation.GTDB))
                .withMessageStartingWith("gtdb lineage 'g__Bacteroides;p__Bacteroidetes': ")
                .withMessageContaining("phylum:Bacteroidetes comes after genus:Bacteroides");
    }

    @Test
    void rejectsAPrefixTheNotationDoesNotUse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Lineage.parse("k__Bacteria;p__Firmicutes", LineageNotation.GTDB))
                .withMessage("gtdb lineage 'k__Bacteria;p__Firmicutes': level 1 'k__Bacteria' has the prefix"
                        + " 'k__', which gtdb does not use; expected one of d__, p__, c__, o__, f__, g__, s__");
    }

    @Test
    void rejectsAnEmptyLineage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Lineage(List.of()));
    }
}
