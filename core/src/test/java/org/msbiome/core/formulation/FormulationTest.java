package org.msbiome.core.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.validation.MsbiomeValidation;

class FormulationTest {

    /**
     * Kouchaki E et al. 2017, Clin Nutr 36(5):1245–1249, doi:10.1016/j.clnu.2016.08.015, PMID 27669638:
     * a capsule of L. acidophilus, L. casei, B. bifidum and L. fermentum, 2 × 10^9 CFU/g each (as the review
     * table PMC11665440 gives it). The source read gives neither the capsule mass nor the capsules per day.
     */
    static Formulation kouchaki2017() {
        return org.msbiome.fixtures.PublishedStudies.kouchakiCapsule();
    }

    @Test
    void kouchaki2017IsBuiltFromItsPublishedDescription() {
        Formulation formulation = kouchaki2017();

        assertThat(formulation.strains())
                .extracting(s -> s.taxon().name().full())
                .containsExactly("Lactobacillus acidophilus", "Lacticaseibacillus casei", "Bifidobacterium bifidum",
                        "Limosilactobacillus fermentum");
        assertThat(formulation.strains())
                .extracting(s -> s.taxon().ncbiTaxonId().orElseThrow())
                .containsExactly(NcbiTaxonId.of(1579), NcbiTaxonId.of(1582), NcbiTaxonId.of(1681),
                        NcbiTaxonId.of(1613));
        assertThat(formulation.unitSize()).isEmpty();
        assertThat(formulation.unitsPerDay()).isEmpty();
        assertThat(formulation.viability()).isEmpty();
        assertThat(formulation.productName()).isEmpty();
        assertThat(MsbiomeValidation.validator().validate(formulation)).isEmpty();
    }

    @Test
    void kouchaki2017DailyDoseIsUnknownNamingTheMissingFacts() {
        Formulation formulation = kouchaki2017();
        DailyDose.Unknown expected = new DailyDose.Unknown(Set.of(MissingFact.UNIT_MASS, MissingFact.UNITS_PER_DAY),
                "unknown: the mass of one capsule and the number of capsules per day are not given");

        assertThat(formulation.components()).allSatisfy(c -> assertThat(formulation.dailyDose(c)).isEqualTo(expected));
        assertThat(formulation.totalDailyDose()).isEqualTo(expected);
        assertThat(formulation.totalDailyDose().knownAmount()).isEmpty();
    }

    @Test
    void completeDescriptionComputesTheDailyDose() {
        // Hypothetical product: every number is made up to give a complete description.
        Formulation formulation = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                .productName("Hypothetical capsule")
                .maker("Example Labs")
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, Strength.parse("2 × 10^9 CFU/g"))
                .component(Strains.BIFIDOBACTERIUM_BREVE_BR03, Strength.parse("5 × 10^8 CFU/capsule"))
                .unitSize(UnitSize.grams("0.5"))
                .unitsPerDay(new BigDecimal("2"))
                .viability(Viability.LIVE)
                .build();

        assertThat(formulation.dailyDose(formulation.components().get(0)).knownAmount())
                .contains(CfuAmount.ofScientific("2", 9));
        assertThat(formulation.dailyDose(formulation.components().get(1)).knownAmount())
                .contains(CfuAmount.ofScientific("1", 9));
        assertThat(formulation.totalDailyDose()).isEqualTo(new DailyDose.Known(CfuAmount.parse("3 × 10^9 CFU")));
        assertThat(MsbiomeValidation.validator().validate(formulation)).isEmpty();
    }

    @Test
    void rejectsStrengthPerSachetInACapsuleProduct() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE)
                        .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, Strength.parse("10^9 CFU/sachet"))
                        .build())
                .withMessage("components[0]: strength '1e9 [CFU]/sachet' is per sachet but the product is taken by"
                        + " the capsule; expected a strength per capsule, or per g or mL");
    }

    @Test
    void rejectsUnitSizeForAMeasuredForm() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.FERMENTED_MILK)
                        .unitSize(UnitSize.grams("1"))
                        .build())
                .withMessage("unitSize '1 g' is given, but the product is measured in mL; a unit size is the content"
                        + " of one capsule, tablet or sachet");
    }

    @Test
    void totalDailyDoseNeedsAComponent() {
        Formulation prebiotic = Formulation.builder(FormulationKind.PREBIOTIC, DeliveryForm.POWDER)
                .prebioticIngredient("inulin")
                .build();

        assertThatIllegalStateException()
                .isThrownBy(prebiotic::totalDailyDose)
                .withMessage("formulation has no component, so it has no CFU dose");
    }

    @Test
    void doseOfRejectsAForeignComponent() {
        Component foreign = Component.of(Strains.BIFIDOBACTERIUM_BREVE_BR03, Strength.parse("10^9 CFU/g"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> kouchaki2017().doseOf(foreign))
                .withMessage("component 'Bifidobacterium breve BR03 (DSM 16604) 1e9 [CFU]/g' is not part of this"
                        + " formulation");
    }

    @Test
    void enumCodesRoundTrip() {
        for (DeliveryForm form : DeliveryForm.values()) {
            assertThat(DeliveryForm.fromCode(form.code())).isSameAs(form);
        }
        for (FormulationKind kind : FormulationKind.values()) {
            assertThat(FormulationKind.fromCode(kind.code())).isSameAs(kind);
        }
        for (DoseUnit unit : DoseUnit.values()) {
            assertThat(DoseUnit.fromCode(unit.code())).isSameAs(unit);
        }
        assertThat(Viability.fromCode("inactivated")).isSameAs(Viability.INACTIVATED);
        assertThat(MissingFact.fromCode("unit-mass")).isSameAs(MissingFact.UNIT_MASS);
        assertThat(DeliveryForm.FERMENTED_MILK.intakeUnit()).isEqualTo(DoseUnit.MILLILITRE);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeliveryForm.fromCode("pill"))
                .withMessage("delivery form 'pill' is unknown; expected one of capsule, tablet, sachet, powder,"
                        + " fermented-milk, liquid");
    }

    @Test
    void rejectsAPrebioticIngredientListedTwice() {
        Formulation.Builder builder = Formulation.builder(FormulationKind.SYNBIOTIC, DeliveryForm.SACHET)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, Strength.parse("10^9 CFU/sachet"))
                .prebioticIngredient("inulin")
                .prebioticIngredient("Inulin");

        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessage("prebioticIngredients[1] 'Inulin' is listed twice; expected each prebiotic ingredient once");
    }
}
