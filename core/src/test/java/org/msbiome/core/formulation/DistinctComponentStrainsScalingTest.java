package org.msbiome.core.formulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.fixtures.GrowthRatio;

/**
 * The distinct-strains rule is not quadratic in the number of components (issue D04: 20,000 components once took
 * over 120 s). No absolute time is asserted: the best of three times for 4 times as many components must grow
 * far less than the 16 times a quadratic rule would take.
 */
class DistinctComponentStrainsScalingTest {
    @Test
    void fourTimesTheComponentsCostsFarLessThanSixteenTimesTheTime() {
        Formulation small = formulation(2_500);
        Formulation large = formulation(10_000);

        double ratio = GrowthRatio.of(() -> assertValid(small), () -> assertValid(large));

        assertThat(ratio).as("time ratio for 4× the components").isLessThan(10);
    }

    private static void assertValid(Formulation formulation) {
        assertThat(MsbiomeValidation.validator().validate(formulation)).isEmpty();
    }

    private static Formulation formulation(int components) {
        Taxon taxon = Taxon.parse("Lacticaseibacillus rhamnosus");
        Formulation.Builder builder = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE);
        for (int i = 0; i < components; i++) {
            builder.component(Strain.of(taxon, "GG" + i, Deposit.parse("ATCC " + (100_000 + i))),
                    Strength.parse("10^9 CFU/capsule"));
        }
        return builder.build();
    }
}
