package org.msbiome.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonTest {

    @Test
    void taxaNamedWithOldAndNewNamesAreEqual() {
        Taxon old = Taxon.parse("Lactobacillus rhamnosus");
        Taxon current = Taxon.parse("Lacticaseibacillus rhamnosus");

        assertThat(old).isEqualTo(current).isEqualTo(Taxa.LACTICASEIBACILLUS_RHAMNOSUS);
        assertThat(old.hashCode()).isEqualTo(current.hashCode());
        assertThat(old).hasToString("Lacticaseibacillus rhamnosus");
    }

    @Test
    void canonicalConstructorKeepsWhatItIsGiven() {
        // Form only (issue 13 §3): adding a row to the snapshot never changes what the constructor builds.
        Taxon asGiven = new Taxon(TaxonName.of("Lactobacillus", "rhamnosus"), Optional.of(NcbiTaxonId.of(1582)));
        assertThat(asGiven.name().full()).isEqualTo("Lactobacillus rhamnosus");
        assertThat(asGiven.ncbiTaxonId()).contains(NcbiTaxonId.of(1582));
        assertThat(Taxon.of(asGiven.name())).isEqualTo(Taxa.LACTICASEIBACILLUS_RHAMNOSUS);
    }

    /** NCBI Taxonomy IDs of reference sheet biology.md §1.3 (N1: taxdump 2021-12-06; N2: NCBI Jan 2019). */
    static Stream<Arguments> verifiedIds() {
        return Stream.of(
                argumentSet("L. casei (Kouchaki 2017)", "Lactobacillus casei", 1582),
                argumentSet("B. bifidum (Kouchaki 2017)", "Bifidobacterium bifidum", 1681),
                argumentSet("L. acidophilus (Kouchaki 2017)", "Lactobacillus acidophilus", 1579),
                argumentSet("L. fermentum (Kouchaki 2017)", "Lactobacillus fermentum", 1613),
                argumentSet("L. rhamnosus", "Lactobacillus rhamnosus", 47715),
                argumentSet("L. plantarum", "Lactobacillus plantarum", 1590),
                argumentSet("A. muciniphila", "Akkermansia muciniphila", 239935));
    }

    @ParameterizedTest
    @MethodSource("verifiedIds")
    void carriesVerifiedNcbiTaxonId(String name, int id) {
        assertThat(Taxon.parse(name).ncbiTaxonId()).contains(NcbiTaxonId.of(id));
    }

    @Test
    void doesNotBundleUnverifiedParacaseiId() {
        assertThat(Taxa.LACTICASEIBACILLUS_PARACASEI.ncbiTaxonId()).isEmpty();
        assertThat(Taxa.LACTOBACILLUS_DELBRUECKII_BULGARICUS.ncbiTaxonId()).isEmpty();
    }

    @Test
    void acceptsCallerIdForUnknownTaxon() {
        // A hypothetical name and ID: the caller's ID is kept for a taxon msbiome does not know.
        Taxon taxon = Taxon.of(TaxonName.of("Hypotheticus", "exemplaris"), NcbiTaxonId.of(123456));

        assertThat(taxon.ncbiTaxonId()).contains(NcbiTaxonId.of(123456));
    }

    @Test
    void rejectsIdContradictingKnownTaxon() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Taxon.of(TaxonName.of("Lactobacillus", "rhamnosus"), NcbiTaxonId.of(1582)))
                .withMessage("NCBI Taxonomy ID 1582 contradicts Lacticaseibacillus rhamnosus, whose ID in"
                        + " msbiome-taxonomy 2026.1 is 47715; give the ID of this taxon or none");
    }

    @Test
    void rejectsNullComponents() {
        assertThatNullPointerException().isThrownBy(() -> new Taxon(null, Optional.empty())).withMessage("name");
    }

    @Test
    void everyConstantIsUnderItsCurrentName() {
        assertThat(Taxonomy.knownTaxa()).allSatisfy(t -> assertThat(Taxon.of(t.name())).isEqualTo(t));
        assertThat(Taxa.LACTOBACILLUS_DELBRUECKII_LACTIS.rank()).contains(TaxonRank.SUBSPECIES);
    }
}
