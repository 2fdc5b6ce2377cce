package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every old → current row of the name table (Zheng et al. 2020, IJSEM 70(4):2782–2858,
 * doi:10.1099/ijsem.0.004107, as listed by Optibac, Wittouck's lacto_genera and NCBI; reference sheet
 * biology.md §1.2), and abbreviation handling.
 */
class TaxonomyTest {

    /** Main table and "Also" line of §1.2: former name → current name. */
    static Stream<Arguments> renamedByZheng2020() {
        return Stream.of(
                argumentSet("L. rhamnosus", "Lactobacillus rhamnosus", "Lacticaseibacillus rhamnosus"),
                argumentSet("L. casei", "Lactobacillus casei", "Lacticaseibacillus casei"),
                argumentSet("L. paracasei", "Lactobacillus paracasei", "Lacticaseibacillus paracasei"),
                argumentSet("L. paracasei subsp. paracasei", "Lactobacillus paracasei subsp. paracasei",
                        "Lacticaseibacillus paracasei subsp. paracasei"),
                argumentSet("L. paracasei subsp. tolerans", "Lactobacillus paracasei subsp. tolerans",
                        "Lacticaseibacillus paracasei subsp. tolerans"),
                argumentSet("L. plantarum", "Lactobacillus plantarum", "Lactiplantibacillus plantarum"),
                argumentSet("L. plantarum subsp. plantarum", "Lactobacillus plantarum subsp. plantarum",
                        "Lactiplantibacillus plantarum subsp. plantarum"),
                argumentSet("L. pentosus", "Lactobacillus pentosus", "Lactiplantibacillus pentosus"),
                argumentSet("L. reuteri", "Lactobacillus reuteri", "Limosilactobacillus reuteri"),
                argumentSet("L. fermentum", "Lactobacillus fermentum", "Limosilactobacillus fermentum"),
                argumentSet("L. salivarius", "Lactobacillus salivarius", "Ligilactobacillus salivarius"),
                argumentSet("L. brevis", "Lactobacillus brevis", "Levilactobacillus brevis"),
                argumentSet("L. sakei", "Lactobacillus sakei", "Latilactobacillus sakei"),
                argumentSet("L. sakei subsp. sakei", "Lactobacillus sakei subsp. sakei",
                        "Latilactobacillus sakei subsp. sakei"),
                argumentSet("also: L. mucosae", "Lactobacillus mucosae", "Limosilactobacillus mucosae"),
                argumentSet("also: L. vaginalis", "Lactobacillus vaginalis", "Limosilactobacillus vaginalis"),
                argumentSet("also: L. ruminis", "Lactobacillus ruminis", "Ligilactobacillus ruminis"),
                argumentSet("also: L. animalis", "Lactobacillus animalis", "Ligilactobacillus animalis"),
                argumentSet("also: L. kefiri", "Lactobacillus kefiri", "Lentilactobacillus kefiri"));
    }

    @ParameterizedTest
    @MethodSource("renamedByZheng2020")
    void resolvesPre2020NameToCurrentGenus(String former, String current) {
        NameResolution resolution = Taxonomy.resolve(former);

        assertThat(resolution.taxon().name().full()).isEqualTo(current);
        assertThat(resolution.usedFormerName()).isTrue();
        assertThat(resolution.reclassification()).hasValueSatisfying(r -> {
            assertThat(r.formerName().full()).isEqualTo(former);
            assertThat(r.revision()).contains(TaxonomicRevision.ZHENG_2020);
        });
        assertThat(Taxonomy.resolve(current).taxon()).isEqualTo(resolution.taxon());
        assertThat(Taxonomy.resolve(current).usedFormerName()).isFalse();
        assertThat(resolution.taxon().reclassifications())
                .extracting(r -> r.formerName().full())
                .contains(former);
        assertThat(resolution.taxon().formerNames()).extracting(TaxonName::full).contains(former);
        assertThat(Taxonomy.reclassifications())
                .anySatisfy(r -> assertThat(r.toString()).startsWith(former + " → " + current + " (Zheng et al. 2020"));
    }

    @ParameterizedTest
    @CsvSource({
        "Lactobacillus acidophilus",
        "Lactobacillus helveticus",
        "Lactobacillus gasseri",
        "Lactobacillus johnsonii",
        "Lactobacillus crispatus",
        "Lactobacillus delbrueckii subsp. bulgaricus",
        "Lactobacillus iners",
        "Lactobacillus jensenii"
    })
    void resolvesUnchangedSpeciesToItself(String name) {
        NameResolution resolution = Taxonomy.resolve(name);

        assertThat(resolution.taxon().name().full()).isEqualTo(name);
        assertThat(resolution.reclassification()).isEmpty();
        assertThat(resolution.taxon().reclassifications())
                .as("former names of " + name)
                .noneMatch(r -> r.revision().isPresent());
        assertThat(Taxonomy.lookup(name)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "Lactobacillus lactis, Lactobacillus delbrueckii subsp. lactis",
        "Lactobacillus bulgaricus, Lactobacillus delbrueckii subsp. bulgaricus"
    })
    void resolvesFormerNamesListedWithoutRevision(String former, String current) {
        NameResolution resolution = Taxonomy.resolve(former);

        assertThat(resolution.taxon().name().full()).isEqualTo(current);
        assertThat(resolution.reclassification()).hasValueSatisfying(r -> assertThat(r.revision()).isEmpty());
    }

    @Test
    void resolutionSaysWhyAFormerNameWasReplaced() {
        assertThat(Taxonomy.resolve("Lactobacillus rhamnosus")).hasToString(
                "'Lactobacillus rhamnosus' is Lacticaseibacillus rhamnosus (renamed: Lactobacillus rhamnosus →"
                        + " Lacticaseibacillus rhamnosus (Zheng et al. 2020, doi:10.1099/ijsem.0.004107))");
    }

    @Test
    void subspeciesOfAMovedSpeciesMovesWithIt() {
        assertThat(Taxon.parse("Lactobacillus sakei subsp. carnosus").name().full())
                .isEqualTo("Latilactobacillus sakei subsp. carnosus");
        assertThat(Taxon.parse("Latilactobacillus sakei subsp. carnosus").reclassifications())
                .extracting(r -> r.formerName().full())
                .containsExactly("Lactobacillus sakei subsp. carnosus");
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
        "S. thermophilus, Streptococcus thermophilus"
    })
    void resolvesUnambiguousAbbreviation(String abbreviation, String current) {
        assertThat(Taxonomy.resolve(abbreviation).taxon().name().full()).isEqualTo(current);
    }

    @Test
    void abbreviationMatchingOnlyAFormerNameReportsTheReclassification() {
        NameResolution resolution = Taxonomy.resolve("L. bulgaricus");

        assertThat(resolution.reclassification().map(r -> r.formerName().full()))
                .contains("Lactobacillus bulgaricus");
    }

    @Test
    void rejectsAmbiguousAbbreviationListingCandidates() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Taxonomy.resolve("L. lactis"))
                .withMessage("taxon name 'L. lactis' is ambiguous: it may be Lactococcus lactis or Lactobacillus"
                        + " delbrueckii subsp. lactis (formerly Lactobacillus lactis); write the genus in full");
        assertThat(Taxonomy.lookup("L. lactis")).isEmpty();
    }

    @Test
    void rejectsAbbreviationOfNoKnownTaxon() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Taxonomy.resolve("X. unknownus"))
                .withMessage("taxon name 'X. unknownus' matches no taxon that msbiome knows; write the genus in full,"
                        + " like 'Lacticaseibacillus rhamnosus'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "l. rhamnosus | taxon name 'l. rhamnosus': genus abbreviation 'l.' must be a capital letter, optionally"
                + " followed by lower-case letters, and a dot, like 'L.' or 'Lc.'",
        "L. | taxon name 'L.': the species epithet is missing; expected a genus and a species epithet, like"
                + " 'Lacticaseibacillus rhamnosus' or 'Lactobacillus delbrueckii subsp. bulgaricus'",
        "L. Rhamnosus | taxon name 'L. Rhamnosus': species epithet 'Rhamnosus' must be lower-case letters a-z;"
                + " expected a genus and a species epithet, like 'Lacticaseibacillus rhamnosus' or"
                + " 'Lactobacillus delbrueckii subsp. bulgaricus'"
    })
    void rejectsMalformedAbbreviation(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Taxonomy.resolve(text)).withMessage(message);
    }

    @Test
    void keepsUnknownWellFormedNameAsWrittenWithoutId() {
        NameResolution resolution = Taxonomy.resolve("Weissella cibaria");

        assertThat(resolution.taxon()).isEqualTo(new Taxon(TaxonName.of("Weissella", "cibaria"), Optional.empty()));
        assertThat(resolution.taxon().ncbiTaxonId()).isEmpty();
        assertThat(Taxonomy.lookup("Weissella cibaria")).isEmpty();
    }

    @Test
    void lookupReturnsEmptyForMalformedText() {
        assertThat(Taxonomy.lookup("lactobacillus")).isEmpty();
    }

    @Test
    void knownTaxaIncludeEveryCurrentNameOfTheTable() {
        assertThat(Taxonomy.knownTaxa())
                .contains(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, Taxa.LACTOCOCCUS_LACTIS, Taxa.ESCHERICHIA_COLI)
                .doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t.formerNames()).doesNotContain(t.name()));
    }
}
