package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own NCBI taxdump. names.dmp and nodes.dmp are the real rows of onecodex/taxonomy
 * {@code tests/data/} (E. coli lineage, every name class; MIT). merged.dmp and delnodes.dmp hold two events of
 * shenwei356/taxid-changelog, as a dump of 2015-04 would: 662101 merged into 562 (2014-08-01) and 1637691
 * deleted (2015-04-01).
 */
class NcbiTaxdumpTest {
    @TempDir
    Path dir;

    private Taxonomy load() throws IOException {
        for (String file : new String[] {"names.dmp", "nodes.dmp"}) {
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("onecodex/" + file))) {
                Files.copy(in, dir.resolve(file));
            }
        }
        Files.writeString(dir.resolve("merged.dmp"), "662101\t|\t562\t|\n");
        Files.writeString(dir.resolve("delnodes.dmp"), "1637691\t|\n");
        return Taxonomy.fromNcbiTaxdump(dir, "2015-04-01");
    }

    @Test
    void readsTheOnecodexRows() throws IOException {
        Taxonomy taxonomy = load();

        assertThat(taxonomy.snapshot()).hasToString("ncbi-taxdump 2015-04-01");
        NameResolution coli = taxonomy.resolveName("Escherichia coli");
        assertThat(coli.taxon().ncbiTaxonId()).contains(NcbiTaxonId.of(562));
        assertThat(coli.listed()).isTrue();
        assertThat(coli.snapshot()).isEqualTo(taxonomy.snapshot());
        TaxonIdResolution bacteria = taxonomy.resolveTaxonId(NcbiTaxonId.of(2));
        assertThat(bacteria.name()).contains("Bacteria");
        assertThat(bacteria.rank()).contains(TaxonRank.SUPERKINGDOM);
    }

    @Test
    void resolvesNcbiSynonymsAndMisspellings() throws IOException {
        Taxonomy taxonomy = load();

        NameResolution synonym = taxonomy.resolveName("Bacillus coli");
        assertThat(synonym.taxon().name().full()).isEqualTo("Escherichia coli");
        assertThat(synonym.reclassification().orElseThrow().formerName().full()).isEqualTo("Bacillus coli");
        NameResolution misspelt = taxonomy.resolveName("Escherchia coli");
        assertThat(misspelt.taxon().ncbiTaxonId()).contains(NcbiTaxonId.of(562));
        assertThat(misspelt.notes()).containsExactly("'Escherchia coli' is a misspelling of Escherichia coli in NCBI"
                + " Taxonomy");
        assertThat(taxonomy.resolveName("Weissella cibaria").listed()).isFalse();
    }

    @Test
    void buildsTheLineageFromNodesDmp() throws IOException {
        Lineage lineage = load().lineage(NcbiTaxonId.of(562)).orElseThrow();

        assertThat(lineage.entries()).extracting(Lineage.Entry::name).containsExactly("root", "cellular organisms",
                "Bacteria", "Proteobacteria", "Gammaproteobacteria", "Enterobacterales", "Enterobacteriaceae",
                "Escherichia", "Escherichia coli");
        assertThat(lineage.at(TaxonRank.FAMILY).orElseThrow().ncbiTaxonId()).contains(NcbiTaxonId.of(543));
        assertThat(lineage.entries().get(0).rank()).isEmpty();
    }

    @Test
    void reportsMergedAndDeletedTaxids() throws IOException {
        Taxonomy taxonomy = load();

        TaxonIdResolution merged = taxonomy.resolveTaxonId(NcbiTaxonId.of(662101));
        assertThat(merged.status()).isEqualTo(TaxonIdResolution.Status.MERGED);
        assertThat(merged.current()).contains(NcbiTaxonId.of(562));
        TaxonIdResolution deleted = taxonomy.resolveTaxonId(NcbiTaxonId.of(1637691));
        assertThat(deleted.status()).isEqualTo(TaxonIdResolution.Status.DELETED);
        assertThat(deleted.current()).isEmpty();
        assertThat(deleted).hasToString("taxid 1637691 was deleted in ncbi-taxdump 2015-04-01");
    }

    @Test
    void rejectsAMalformedRowNamingTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("nodes.dmp"), "1\t|\t1\t|\tno rank\t|\nx2\t|\t1\t|\tsuperkingdom\t|\n");
        Files.writeString(dir.resolve("names.dmp"), "1\t|\troot\t|\t\t|\tscientific name\t|\n");

        assertThatIllegalArgumentException().isThrownBy(() -> Taxonomy.fromNcbiTaxdump(dir, "test"))
                .withMessage(dir.resolve("nodes.dmp") + ":2: taxid 'x2' is not a number; expected NCBI's"
                        + " '\\t|\\t'-separated fields ending in '\\t|'");
    }

    @Test
    void needsNodesAndNames() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Taxonomy.fromNcbiTaxdump(dir, "test"))
                .isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessageContaining("nodes.dmp");
        assertThat(Optional.of(dir)).isPresent();
    }
}
