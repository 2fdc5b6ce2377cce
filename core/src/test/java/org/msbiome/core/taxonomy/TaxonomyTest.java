package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Name resolution in the bundled snapshot. Every row of the Zheng et al. 2020 table (IJSEM 70:2782–2858,
 * doi:10.1099/ijsem.0.004107; swuyts/lactotax {@code data/2020_04_23.tsv}), the renamings of issue 14 with
 * their publications, the 2021 phylum names (Oren and Garrity 2021, doi:10.1099/ijsem.0.005056), name forms
 * and abbreviations.
 */
class TaxonomyTest {
    /**
     * Where the Lactotax table of 2025-04-02 corrects the 2020 table: the genus name Holzapfeliella
     * (corrected spelling) and L. delbrueckii subsp. allosunkii, which lists subsp. sunkii as obsolete.
     */
    private static final Map<String, String> CORRECTED_2025 = Map.of(
            "Holzapfelia floricola", "Holzapfeliella floricola",
            "Lactobacillus delbrueckii subsp. sunkii", "Lactobacillus delbrueckii subsp. allosunkii");

    static Stream<Arguments> zheng2020() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TaxonomyTest.class.getResourceAsStream("zheng2020-lactobacillus.tsv")), StandardCharsets.UTF_8))) {
            in.readLine(); // header: old_name, new_name, source
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t");
                rows.add(argumentSet(cells[0], cells[0], cells[1]));
            }
        }
        assertThat(rows).hasSize(273);
        return rows.stream();
    }

    @ParameterizedTest
    @MethodSource("zheng2020")
    void resolvesEveryRowOfTheZheng2020Table(String old, String renamed) {
        String current = CORRECTED_2025.getOrDefault(renamed, renamed);
        NameResolution resolution = Taxonomy.resolve(old);

        assertThat(resolution.taxon().name().full()).isEqualTo(current);
        assertThat(resolution.listed()).isTrue();
        assertThat(resolution.taxon()).isEqualTo(Taxonomy.resolve(renamed).taxon());
        if (!old.equals(current)) {
            assertThat(resolution.reclassification()).hasValueSatisfying(r -> {
                assertThat(r.formerName().full()).isEqualTo(old);
                if (current.equals(renamed)) {
                    assertThat(r.revisions()).extracting(TaxonomicRevision::key).containsExactly("ZHENG2020");
                }
            });
            assertThat(resolution.taxon().formerNames()).extracting(TaxonName::full).contains(old);
        } else {
            assertThat(resolution.reclassification()).isEmpty();
        }
    }

    /** The bullets of issue 14, each with the publication the snapshot cites for it. */
    static Stream<Arguments> laterRenamings() {
        return Stream.of(
                argumentSet("B. lactis (Masco et al. 2004)", "Bifidobacterium lactis",
                        "Bifidobacterium animalis subsp. lactis", List.of("MASCO2004")),
                argumentSet("B. infantis (Mattarelli et al. 2008)", "Bifidobacterium infantis",
                        "Bifidobacterium longum subsp. infantis", List.of("MATTARELLI2008")),
                argumentSet("Bacillus coagulans (Gupta 2020, Narsing Rao 2023)", "Bacillus coagulans",
                        "Heyndrickxia coagulans", List.of("GUPTA2020", "NARSINGRAO2023")),
                argumentSet("Weizmannia coagulans (Narsing Rao 2023)", "Weizmannia coagulans",
                        "Heyndrickxia coagulans", List.of("NARSINGRAO2023")),
                argumentSet("Prevotella copri (no revision cited)", "Prevotella copri", "Segatella copri", List.of()),
                argumentSet("S. salivarius subsp. thermophilus (Schleifer et al. 1991)",
                        "Streptococcus salivarius subsp. thermophilus", "Streptococcus thermophilus",
                        List.of("SCHLEIFER1991")),
                argumentSet("L. kunkeei (Zheng 2020)", "Lactobacillus kunkeei", "Apilactobacillus kunkeei",
                        List.of("ZHENG2020")),
                argumentSet("L. casei subsp. rhamnosus (1989 synonym)", "Lactobacillus casei subsp. rhamnosus",
                        "Lacticaseibacillus rhamnosus", List.of("DOI-10.1099-00207713-39-2-105")),
                argumentSet("L. plantarum subsp. argentoratensis, now a species",
                        "Lactobacillus plantarum subsp. argentoratensis", "Lactiplantibacillus argentoratensis",
                        List.of("DOI-10.1099-ijsem.0.004141")),
                argumentSet("Firmicutes (Oren and Garrity 2021)", "Firmicutes", "Bacillota", List.of("OREN2021")),
                argumentSet("Bacteroidetes", "Bacteroidetes", "Bacteroidota", List.of("OREN2021")),
                argumentSet("Proteobacteria", "Proteobacteria", "Pseudomonadota", List.of("OREN2021")),
                argumentSet("Actinobacteria", "Actinobacteria", "Actinomycetota", List.of("OREN2021")),
                argumentSet("Verrucomicrobia", "Verrucomicrobia", "Verrucomicrobiota", List.of("OREN2021")),
                argumentSet("[Ruminococcus] gnavus (NCBI 2021 → 2025)", "[Ruminococcus] gnavus",
                        "Mediterraneibacter gnavus", List.of()));
    }

    @ParameterizedTest
    @MethodSource("laterRenamings")
    void resolvesLaterRenamingsWithTheirPublications(String former, String current, List<String> revisions) {
        NameResolution resolution = Taxonomy.resolve(former);

        assertThat(resolution.taxon().name().full()).isEqualTo(current);
        assertThat(resolution.taxon()).isEqualTo(Taxonomy.resolve(current).taxon());
        assertThat(resolution.reclassification()).hasValueSatisfying(r -> {
            assertThat(r.formerName().full()).isEqualTo(former);
            assertThat(r.revisions()).extracting(TaxonomicRevision::key).containsExactlyElementsOf(revisions);
        });
        assertThat(Taxonomy.resolve(current).usedFormerName()).isFalse();
    }

    @Test
    void synonymsCompareEqualAndKeepTheirFormerNameVisible() {
        Taxon lactis = Taxon.parse("Bifidobacterium lactis");
        Taxon animalisLactis = Taxon.parse("Bifidobacterium animalis subsp. lactis");

        assertThat(lactis).isEqualTo(animalisLactis);
        assertThat(animalisLactis.formerNames()).extracting(TaxonName::full).containsExactly("Bifidobacterium lactis");
        assertThat(Taxon.parse("Bacillus coagulans")).isEqualTo(Taxon.parse("Weizmannia coagulans"));
    }

    @Test
    void resolvedTaxaCarryTheirNcbiTaxidsFromTheSnapshot() {
        // BugSigDB 2025-08-05 (Segatella copri 165179, Mediterraneibacter gnavus 33038); biology.md N2 (1308)
        assertThat(Taxon.parse("Prevotella copri").ncbiTaxonId()).contains(NcbiTaxonId.of(165179));
        assertThat(Taxon.parse("[Ruminococcus] gnavus").ncbiTaxonId()).contains(NcbiTaxonId.of(33038));
        assertThat(Taxon.parse("Streptococcus salivarius subsp. thermophilus").ncbiTaxonId())
                .contains(NcbiTaxonId.of(1308));
    }

    @Test
    void neverMakesUpASubspeciesName() {
        // "Lacticaseibacillus casei subsp. rhamnosus" exists nowhere; the snapshot lists the species.
        NameResolution resolution = Taxonomy.resolve("Lacticaseibacillus casei subsp. rhamnosus");

        assertThat(resolution.taxon()).isEqualTo(Taxa.LACTICASEIBACILLUS_CASEI);
        assertThat(resolution.listed()).isTrue();
        assertThat(resolution.notes()).containsExactly("subspecies 'Lacticaseibacillus casei subsp. rhamnosus' is"
                + " not listed in msbiome-taxonomy 2026.1; resolved to its species");
        assertThat(Taxonomy.knownTaxa()).extracting(t -> t.name().full())
                .doesNotContain("Lacticaseibacillus casei subsp. rhamnosus");
    }

    @Test
    void listsTheSubspeciesItsSourcesGive() {
        // Lactotax 2025: L. reuteri subspecies (Li et al. 2021); L. delbrueckii subsp. allosunkii
        assertThat(Taxonomy.lookup("Limosilactobacillus reuteri subsp. murium")).isPresent();
        assertThat(Taxonomy.resolve("Lactobacillus delbrueckii subsp. sunkii").taxon().name().full())
                .isEqualTo("Lactobacillus delbrueckii subsp. allosunkii");
        assertThat(Taxonomy.resolve("Lactobacillus zeae").taxon().name().full()).isEqualTo("Lacticaseibacillus zeae");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Bifidobacterium animalis ssp. lactis | Bifidobacterium animalis subsp. lactis | 'ssp.' read as 'subsp.'",
        "Bifidobacterium animalis subsp lactis | Bifidobacterium animalis subsp. lactis | 'subsp' read as 'subsp.'",
        "Bifidobacterium animalis ssp lactis | Bifidobacterium animalis subsp. lactis | 'ssp' read as 'subsp.'",
        "lactobacillus rhamnosus | Lacticaseibacillus rhamnosus | genus 'lactobacillus' capitalised as 'Lactobacillus'",
        "Lactobacillus  Rhamnosus | Lacticaseibacillus rhamnosus | runs of white space read as one space",
        "Faecalibacterium_prausnitzii | Faecalibacterium prausnitzii | underscores read as spaces",
        "Clostridium sp | Clostridium sp. | 'sp' read as 'sp.'",
        "Ca. Arthromitus | Candidatus Arthromitus | 'Ca.' read as 'Candidatus'",
        "Saccharomyces cerevisiae var boulardii | Saccharomyces cerevisiae var. boulardii | 'var' read as 'var.'"
    })
    void recordsEachNormalisation(String text, String current, String change) {
        NameResolution resolution = Taxonomy.resolve(text);

        assertThat(resolution.taxon().name().full()).isEqualTo(current);
        assertThat(resolution.normalisations()).contains(change);
        assertThat(Taxonomy.resolve(current).normalisations()).isEmpty();
    }

    @Test
    void keepsUnlistedNamesOfEveryFormAsWritten() {
        for (String name : List.of("Saccharomyces cerevisiae var. boulardii", "Candidatus Arthromitus",
                "Clostridium sp.", "Weissella cibaria")) {
            NameResolution resolution = Taxonomy.resolve(name);
            assertThat(resolution.taxon().name().full()).isEqualTo(name);
            assertThat(resolution.listed()).isFalse();
            assertThat(resolution.notes()).containsExactly(
                    "'" + name + "' is not listed in msbiome-taxonomy 2026.1; kept as written");
            assertThat(Taxonomy.lookup(name)).isEmpty();
        }
    }

    @Test
    void readsSpNovAsTheSpecies() {
        NameResolution resolution = Taxonomy.resolve("Lactobacillus kunkeei sp. nov.");

        assertThat(resolution.taxon().name().full()).isEqualTo("Apilactobacillus kunkeei");
        assertThat(resolution.notes()).containsExactly(
                "'sp. nov.' marks Lactobacillus kunkeei as described new in the publication; read without it");
    }

    @Test
    void resolutionSaysWhichSnapshotProducedIt() {
        NameResolution resolution = Taxonomy.resolve("Lactobacillus rhamnosus");

        assertThat(resolution.snapshot().toString()).isEqualTo("msbiome-taxonomy 2026.1");
        assertThat(resolution).hasToString("'Lactobacillus rhamnosus' is Lacticaseibacillus rhamnosus (renamed:"
                + " Lactobacillus rhamnosus → Lacticaseibacillus rhamnosus (ZHENG2020)) [msbiome-taxonomy 2026.1]");
        assertThat(resolution.reclassification().orElseThrow().revisions().get(0).citation())
                .contains("doi:10.1099/ijsem.0.004107");
    }

    @ParameterizedTest
    @CsvSource({
        "L. rhamnosus, Lacticaseibacillus rhamnosus",
        "L. acidophilus, Lactobacillus acidophilus",
        "Lc. paracasei, Lacticaseibacillus paracasei",
        "Lm. reuteri, Limosilactobacillus reuteri",
        "B. bifidum, Bifidobacterium bifidum",
        "L. delbrueckii subsp. bulgaricus, Lactobacillus delbrueckii subsp. bulgaricus",
        "L. bulgaricus, Lactobacillus delbrueckii subsp. bulgaricus",
        "S. thermophilus, Streptococcus thermophilus",
        "H. coagulans, Heyndrickxia coagulans"
    })
    void resolvesUnambiguousAbbreviation(String abbreviation, String current) {
        NameResolution resolution = Taxonomy.resolve(abbreviation);
        assertThat(resolution.taxon().name().full()).isEqualTo(current);
        assertThat(resolution.normalisations()).last().asString().startsWith("genus abbreviation");
    }

    @Test
    void abbreviationThroughAFormerNameKeepsTheFormerNameFlag() {
        NameResolution resolution = Taxonomy.resolve("L. bulgaricus");

        assertThat(resolution.usedFormerName()).isTrue();
        assertThat(resolution.reclassification().map(r -> r.formerName().full())).contains("Lactobacillus bulgaricus");
        assertThat(Taxonomy.resolve("L. kunkeei").reclassification().map(r -> r.formerName().full()))
                .contains("Lactobacillus kunkeei");
    }

    @Test
    void rejectsAmbiguousAbbreviationListingCandidates() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Taxonomy.resolve("L. lactis"))
                .withMessageStartingWith("taxon name 'L. lactis' is ambiguous: it may be ")
                .withMessageContaining("Lactobacillus delbrueckii subsp. lactis (formerly Lactobacillus lactis)")
                .withMessageContaining("Lactococcus lactis");
        assertThat(Taxonomy.lookup("L. lactis")).isEmpty();
    }

    @Test
    void rejectsAbbreviationOfNoListedTaxon() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Taxonomy.resolve("X. unknownus"))
                .withMessage("taxon name 'X. unknownus' matches no taxon listed in msbiome-taxonomy 2026.1; write the"
                        + " genus in full, like 'Lacticaseibacillus rhamnosus'");
    }

    @Test
    void rejectsMalformedAbbreviation() {
        assertThatIllegalArgumentException().isThrownBy(() -> Taxonomy.resolve("Lct1. rhamnosus"))
                .withMessage("taxon name 'Lct1. rhamnosus': genus abbreviation 'Lct1.' must be a capital letter,"
                        + " optionally followed by lower-case letters, and a dot, like 'L.' or 'Lc.'");
    }

    @Test
    void keepsUnknownWellFormedNameAsWrittenWithoutId() {
        NameResolution resolution = Taxonomy.resolve("Weissella cibaria");

        assertThat(resolution.taxon()).isEqualTo(new Taxon(TaxonName.of("Weissella", "cibaria"), Optional.empty()));
        assertThat(Taxonomy.lookup("Weissella cibaria")).isEmpty();
    }

    @Test
    void lookupReturnsEmptyForMalformedText() {
        assertThat(Taxonomy.lookup("Lactobacillus rhamnosus GG")).isEmpty();
    }

    @Test
    void knownTaxaAreUnderTheirCurrentNames() {
        assertThat(Taxonomy.knownTaxa())
                .contains(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, Taxa.LACTOCOCCUS_LACTIS, Taxa.ESCHERICHIA_COLI)
                .doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t.formerNames()).doesNotContain(t.name()));
    }
}
