package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonNameTest {
    private static final String EXPECTED = TaxonName.EXPECTED;

    @Test
    void formatsFullAndAbbreviated() {
        TaxonName name = TaxonName.parse("Lacticaseibacillus rhamnosus");

        assertThat(name.full()).isEqualTo("Lacticaseibacillus rhamnosus");
        assertThat(name.abbreviated()).isEqualTo("L. rhamnosus");
        assertThat(name.rank()).contains(TaxonRank.SPECIES);
    }

    @Test
    void formatsSubspecies() {
        TaxonName name = TaxonName.parse("  Lactobacillus   delbrueckii subsp.  bulgaricus ");

        assertThat(name).isEqualTo(TaxonName.of("Lactobacillus", "delbrueckii", "bulgaricus"));
        assertThat(name.full()).isEqualTo("Lactobacillus delbrueckii subsp. bulgaricus");
        assertThat(name.abbreviated()).isEqualTo("L. delbrueckii subsp. bulgaricus");
        assertThat(name.rank()).contains(TaxonRank.SUBSPECIES);
        assertThat(name.speciesName()).isEqualTo(TaxonName.of("Lactobacillus", "delbrueckii"));
    }

    /** The name forms of issue 14: each parses in standard form and is written back unchanged. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Saccharomyces cerevisiae var. boulardii | varietas",
        "[Ruminococcus] gnavus | species",
        "Candidatus Arthromitus | ",
        "Clostridium sp. | species",
        "Lactobacillus kunkeei sp. nov. | species",
        "Bifidobacterium animalis subsp. lactis | subspecies"
    })
    void parsesEveryNomenclaturalForm(String text, String rank) {
        TaxonName name = TaxonName.parse(text);

        assertThat(name.full()).isEqualTo(text);
        assertThat(name.rank().map(TaxonRank::code)).isEqualTo(java.util.Optional.ofNullable(rank));
    }

    @Test
    void keepsThePartsOfEachForm() {
        assertThat(TaxonName.parse("Saccharomyces cerevisiae var. boulardii"))
                .isEqualTo(TaxonName.ofVariety("Saccharomyces", "cerevisiae", "boulardii"));
        TaxonName gnavus = TaxonName.parse("[Ruminococcus] gnavus");
        assertThat(gnavus.genus()).isEqualTo("[Ruminococcus]");
        assertThat(gnavus.bareGenus()).isEqualTo("Ruminococcus");
        assertThat(gnavus.abbreviated()).isEqualTo("R. gnavus");
        assertThat(TaxonName.parse("Candidatus Arthromitus")).isEqualTo(TaxonName.ofGenus("Candidatus Arthromitus"));
        assertThat(TaxonName.parse("Clostridium sp.").qualifier()).contains(NameQualifier.SP);
        assertThat(TaxonName.parse("Lactobacillus kunkeei sp. nov.").speciesName())
                .isEqualTo(TaxonName.of("Lactobacillus", "kunkeei"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lactobacillus rhamnosus | taxon name 'lactobacillus rhamnosus': genus 'lactobacillus' must start with a"
                + " capital letter; " + EXPECTED,
        "Lacto1bacillus casei | taxon name 'Lacto1bacillus casei': genus 'Lacto1bacillus' must contain letters"
                + " only (with square brackets or 'Candidatus' where NCBI writes them); " + EXPECTED,
        "Lactobacillus casei2 | taxon name 'Lactobacillus casei2': species epithet 'casei2' must contain letters"
                + " only; " + EXPECTED,
        "Lactobacillus Casei | taxon name 'Lactobacillus Casei': species epithet 'Casei' must be lower-case"
                + " letters a-z; " + EXPECTED,
        "LACTOBACILLUS casei | taxon name 'LACTOBACILLUS casei': genus 'LACTOBACILLUS' must be one capitalised"
                + " word of plain letters; " + EXPECTED,
        "Lactobacillus rhamnosus GG | taxon name 'Lactobacillus rhamnosus GG': unexpected 'GG' after the epithet;"
                + " a subspecies is written 'subsp. epithet', a variety 'var. epithet', and a strain designation"
                + " belongs to a Strain, not to a taxon name",
        "Lactobacillus delbrueckii subsp. | taxon name 'Lactobacillus delbrueckii subsp.': the epithet after"
                + " 'subsp.' is missing; " + EXPECTED,
        "Lactobacillus delbrueckii subsp. bulgaricus x | taxon name 'Lactobacillus delbrueckii subsp. bulgaricus"
                + " x': unexpected 'x' after the epithet; a subspecies is written 'subsp. epithet', a variety 'var."
                + " epithet', and a strain designation belongs to a Strain, not to a taxon name",
        "Lactobacillus delbrueckii ssp. bulgaricus | taxon name 'Lactobacillus delbrueckii ssp. bulgaricus':"
                + " unexpected 'ssp.' after the epithet; a subspecies is written 'subsp. epithet', a variety 'var."
                + " epithet', and a strain designation belongs to a Strain, not to a taxon name",
        "L. rhamnosus | taxon name 'L. rhamnosus': genus 'L.' is abbreviated; write it in full, or expand it with"
                + " Taxonomy.resolve(..); " + EXPECTED
    })
    void rejectsMalformedName(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> TaxonName.parse(text)).withMessage(message);
    }

    @Test
    void rejectsPartsThatDoNotFormAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TaxonName("Clostridium",
                java.util.Optional.of("butyricum"), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of(NameQualifier.SP)))
                .withMessage("taxon name Clostridium butyricum has both a species epithet and 'sp.'; 'sp.' stands"
                        + " for an unidentified species");
    }

    @Test
    void rejectsBlankAndNull() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TaxonName.parse("  "))
                .withMessage("taxon name must not be blank; " + EXPECTED);
        assertThatNullPointerException().isThrownBy(() -> TaxonName.parse(null)).withMessage("text");
    }

    @Test
    void rankCodesRoundTrip() {
        for (TaxonRank rank : TaxonRank.values()) {
            assertThat(TaxonRank.fromCode(rank.code())).isSameAs(rank);
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TaxonRank.fromCode("Genus"))
                .withMessage("taxon rank 'Genus' is unknown; expected one of domain, superkingdom, kingdom, phylum,"
                        + " class, order, family, genus, species, subspecies, varietas, strain, sgb");
    }
}
