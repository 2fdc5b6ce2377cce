package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonNameTest {
    private static final String EXPECTED = "expected a genus and a species epithet, like"
            + " 'Lacticaseibacillus rhamnosus' or 'Lactobacillus delbrueckii subsp. bulgaricus'";

    @Test
    void formatsFullAndAbbreviated() {
        TaxonName name = TaxonName.parse("Lacticaseibacillus rhamnosus");

        assertThat(name.full()).isEqualTo("Lacticaseibacillus rhamnosus");
        assertThat(name.abbreviated()).isEqualTo("L. rhamnosus");
        assertThat(name.rank()).isEqualTo(TaxonRank.SPECIES);
    }

    @Test
    void formatsSubspecies() {
        TaxonName name = TaxonName.parse("  Lactobacillus   delbrueckii subsp.  bulgaricus ");

        assertThat(name).isEqualTo(TaxonName.of("Lactobacillus", "delbrueckii", "bulgaricus"));
        assertThat(name.full()).isEqualTo("Lactobacillus delbrueckii subsp. bulgaricus");
        assertThat(name.abbreviated()).isEqualTo("L. delbrueckii subsp. bulgaricus");
        assertThat(name.rank()).isEqualTo(TaxonRank.SUBSPECIES);
        assertThat(name.speciesName()).isEqualTo(TaxonName.of("Lactobacillus", "delbrueckii"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lactobacillus rhamnosus | taxon name 'lactobacillus rhamnosus': genus 'lactobacillus' must start with a"
                + " capital letter; " + EXPECTED,
        "Lactobacillus | taxon name 'Lactobacillus': the species epithet is missing; " + EXPECTED,
        "Lacto1bacillus casei | taxon name 'Lacto1bacillus casei': genus 'Lacto1bacillus' must contain letters"
                + " only; " + EXPECTED,
        "Lactobacillus casei2 | taxon name 'Lactobacillus casei2': species epithet 'casei2' must contain letters"
                + " only; " + EXPECTED,
        "Lactobacillus Casei | taxon name 'Lactobacillus Casei': species epithet 'Casei' must be lower-case"
                + " letters a-z; " + EXPECTED,
        "LACTOBACILLUS casei | taxon name 'LACTOBACILLUS casei': genus 'LACTOBACILLUS' must be one capitalised"
                + " word of plain letters; " + EXPECTED,
        "Lactobacillus rhamnosus GG | taxon name 'Lactobacillus rhamnosus GG': unexpected 'GG' after the species"
                + " epithet; a subspecies is written 'subsp. epithet', and a strain designation belongs to a Strain,"
                + " not to a taxon name",
        "Lactobacillus delbrueckii subsp. | taxon name 'Lactobacillus delbrueckii subsp.': the subspecies"
                + " epithet after 'subsp.' is missing; " + EXPECTED,
        "Lactobacillus delbrueckii subsp. bulgaricus x | taxon name 'Lactobacillus delbrueckii subsp. bulgaricus"
                + " x': unexpected 'x' after the subspecies epithet; " + EXPECTED,
        "L. rhamnosus | taxon name 'L. rhamnosus': genus 'L.' is abbreviated; write it in full, or expand it with"
                + " Taxonomy.resolve(..); " + EXPECTED
    })
    void rejectsMalformedName(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> TaxonName.parse(text)).withMessage(message);
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
                        + " class, order, family, genus, species, subspecies, strain, sgb");
    }
}
