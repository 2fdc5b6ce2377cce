package org.msbiome.core.strain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.core.taxonomy.Taxon;

class StrainTest {

    @Test
    void lggFromA2017PaperIsTheWellKnownStrain() {
        // "Lactobacillus rhamnosus GG (ATCC53103)": old genus, unspaced deposit.
        Strain fromPaper = Strain.of(Taxon.parse("Lactobacillus rhamnosus"), "GG", Deposit.parse("ATCC53103"));

        assertThat(fromPaper).isEqualTo(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG);
        assertThat(fromPaper).hasToString("Lacticaseibacillus rhamnosus GG (ATCC 53103)");
        assertThat(Strains.lookup(fromPaper)).contains(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG);
    }

    @Test
    void depositsInSeveralCollectionsAreTheSameStrain() {
        // LGG is also cited as DSM 33156 (manufacturer page, reference sheet biology.md §1.4 [LGG4]).
        Strain withBoth = Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG.withDeposit(Deposit.parse("DSM 33156"));
        Strain dsmOnly = Strain.ofDeposits(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, Deposit.parse("DSM-33156"));

        assertThat(withBoth.isSameStrainAs(dsmOnly)).isTrue();
        assertThat(dsmOnly.isSameStrainAs(withBoth)).isTrue();
        assertThat(withBoth.isSameStrainAs(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG)).isTrue();
        assertThat(withBoth).isNotEqualTo(dsmOnly);
    }

    @Test
    void sharedDepositWinsOverDifferentSpeciesLabel() {
        // LGG was first named "L. acidophilus GG" (reference sheet biology.md §1.4 [LGG1][LGG3]).
        Strain firstNamed = Strain.of(Taxa.LACTOBACILLUS_ACIDOPHILUS, "GG", Deposit.parse("ATCC 53103"));

        assertThat(firstNamed.isSameStrainAs(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG)).isTrue();
    }

    @Test
    void differentAccessionsInOneCollectionAreDifferentStrains() {
        assertThat(Strains.LACTIPLANTIBACILLUS_PLANTARUM_DSM_15312
                        .isSameStrainAs(Strains.LACTIPLANTIBACILLUS_PLANTARUM_DSM_15313))
                .isFalse();
        assertThat(Strains.LACTICASEIBACILLUS_RHAMNOSUS_LR04.isSameStrainAs(Strains.LACTICASEIBACILLUS_RHAMNOSUS_LR06))
                .isFalse();
    }

    @Test
    void designationsMatchIgnoringCaseAndPunctuationWhenNoDepositDecides() {
        Strain written = Strain.of(Taxa.LACTOBACILLUS_ACIDOPHILUS, "LA-02");

        assertThat(written.isSameStrainAs(Strains.LACTOBACILLUS_ACIDOPHILUS_LA02)).isTrue();
        assertThat(Strain.of(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, "LA02")
                        .isSameStrainAs(Strains.LACTOBACILLUS_ACIDOPHILUS_LA02))
                .isFalse();
    }

    @Test
    void unidentifiedStrainsAreNeverKnownToBeTheSame() {
        Strain acidophilus = Strain.of(Taxa.LACTOBACILLUS_ACIDOPHILUS);

        assertThat(acidophilus.isIdentified()).isFalse();
        assertThat(acidophilus.isSameStrainAs(Strain.of(Taxa.LACTOBACILLUS_ACIDOPHILUS))).isFalse();
        assertThat(acidophilus).isEqualTo(Strain.of(Taxa.LACTOBACILLUS_ACIDOPHILUS));
    }

    @Test
    void typeStrainMarkIsReported() {
        Strain strain = Strain.ofDeposits(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, Deposit.parse("DSM 110574T"));

        assertThat(strain.isTypeStrain()).isTrue();
        assertThat(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG.isTypeStrain()).isFalse();
    }

    @Test
    void rejectsRepeatedDeposit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG.withDeposit(Deposit.parse("ATCC-53103")))
                .withMessage("deposits[1] 'ATCC 53103' repeats deposits[0]; expected each deposit once");
    }

    @Test
    void rejectsDepositUsedAsDesignation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Strain.of(Taxa.LACTICASEIBACILLUS_PARACASEI, "DSM 13434"))
                .withMessage("designation 'DSM 13434' is a culture-collection deposit; put it in deposits, and keep"
                        + " the designation for a name like 'GG' or 'LA02'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Strain(Taxa.LACTICASEIBACILLUS_PARACASEI, Optional.of(" "), List.of()))
                .withMessage("designation must not be blank");
    }

    @Test
    void wellKnownStrainsCarryTheirReferenceDeposits() {
        assertThat(Strains.all()).extracting(Object::toString).containsExactly(
                "Lacticaseibacillus rhamnosus GG (ATCC 53103)",
                "Saccharomyces cerevisiae (CNCM I-745)",
                "Lacticaseibacillus paracasei (DSM 13434)",
                "Lactiplantibacillus plantarum (DSM 15312)",
                "Lactiplantibacillus plantarum (DSM 15313)",
                "Lactobacillus acidophilus LA02 (DSM 21717)",
                "Lacticaseibacillus rhamnosus LR04 (DSM 16605)",
                "Lacticaseibacillus rhamnosus LR06 (DSM 21981)",
                "Bifidobacterium animalis subsp. lactis BS01 (LMG P-21384)",
                "Lactiplantibacillus plantarum LP01 (LMG P-21021)",
                "Bifidobacterium breve BR03 (DSM 16604)");
        assertThat(Strains.all()).allSatisfy(s -> assertThat(s.deposits()).allSatisfy(
                d -> assertThat(d.collection().isWellKnown()).isTrue()));
    }
}
