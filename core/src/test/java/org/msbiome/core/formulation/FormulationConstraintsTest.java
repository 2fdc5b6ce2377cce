package org.msbiome.core.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.validation.MsbiomeValidation;

/**
 * The formulation constraints, through {@link MsbiomeValidation#validator()}: property path and message of
 * each violation. The formulations are hypothetical.
 */
class FormulationConstraintsTest {
    private static final Strength STRENGTH = Strength.parse("10^9 CFU/capsule");

    private static Formulation.Builder probiotic() {
        return Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE);
    }

    private static Set<String> violations(Formulation formulation) {
        Set<ConstraintViolation<Formulation>> violations = MsbiomeValidation.validator().validate(formulation);
        return violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
    }

    @Test
    void emptyFormulationIsReportedOnComponents() {
        assertThat(violations(probiotic().build()))
                .containsExactly("components: formulation has no component and no prebiotic ingredient");
    }

    @Test
    void repeatedStrainIsReportedOnTheLaterComponent() {
        Formulation formulation = probiotic()
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG, STRENGTH)
                .component(Strains.BIFIDOBACTERIUM_BREVE_BR03, STRENGTH)
                .component(Strain.of(Taxon.parse("Lactobacillus rhamnosus"), "GG", Deposit.parse("ATCC53103")), STRENGTH)
                .build();

        assertThat(violations(formulation)).containsExactly("components[2].strain: same strain as an earlier component");
    }

    @Test
    void equalStrainsAreRepeatsAmongTheFirstComponentsAndAfterThem() {
        // The rule compares the first few strains with each other and looks the later ones up by hash: a repeat
        // is found either way, and across the two.
        List<Strain> strains = new ArrayList<>();
        for (String species : List.of("acidophilus", "casei", "bifidum", "fermentum", "plantarum", "reuteri",
                "gasseri", "helveticus", "johnsonii", "paracasei", "salivarius")) {
            strains.add(Strain.of(Taxon.parse("Lactobacillus " + species)));
        }
        strains.add(3, strains.get(1));
        strains.add(10, strains.get(2));
        strains.add(Strain.of(Taxon.parse("Lactobacillus paracasei")));
        Formulation.Builder builder = probiotic();
        strains.forEach(strain -> builder.component(strain, STRENGTH));

        assertThat(violations(builder.build())).containsExactlyInAnyOrder(
                "components[3].strain: same strain as an earlier component",
                "components[10].strain: same strain as an earlier component",
                "components[13].strain: same strain as an earlier component");
    }

    @Test
    void sameStrainByAnotherDepositIsARepeat() {
        Formulation formulation = probiotic()
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG.withDeposit(Deposit.parse("DSM 33156")), STRENGTH)
                .component(Strain.ofDeposits(Taxa.LACTICASEIBACILLUS_RHAMNOSUS, Deposit.parse("DSM 33156")), STRENGTH)
                .build();

        assertThat(violations(formulation)).containsExactly("components[1].strain: same strain as an earlier component");
    }

    @Test
    void twoStrainsOfOneSpeciesWithDifferentDepositsAreDistinct() {
        Formulation formulation = probiotic()
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_LR04, STRENGTH)
                .component(Strains.LACTICASEIBACILLUS_RHAMNOSUS_LR06, STRENGTH)
                .build();

        assertThat(violations(formulation)).isEmpty();
    }

    static Stream<Arguments> inconsistentKinds() {
        Strain strain = Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG;
        return Stream.of(
                argumentSet("probiotic of inactivated cells", probiotic().component(strain, STRENGTH)
                                .viability(Viability.INACTIVATED).build(),
                        Set.of("viability: a probiotic contains live microorganisms, not inactivated ones")),
                argumentSet("probiotic without strain", probiotic().prebioticIngredient("inulin").build(),
                        Set.of("components: a probiotic needs at least one strain")),
                argumentSet("prebiotic with a strain", Formulation.builder(FormulationKind.PREBIOTIC, DeliveryForm.CAPSULE)
                                .component(strain, STRENGTH).viability(Viability.LIVE).build(),
                        Set.of("components: a prebiotic contains no strain",
                                "prebioticIngredients: a prebiotic needs at least one prebiotic ingredient",
                                "viability: a prebiotic contains no microorganisms, so it has no viability")),
                argumentSet("synbiotic without prebiotic", Formulation.builder(FormulationKind.SYNBIOTIC, DeliveryForm.CAPSULE)
                                .component(strain, STRENGTH).build(),
                        Set.of("prebioticIngredients: a synbiotic needs at least one prebiotic ingredient")),
                argumentSet("synbiotic without strain, inactivated", Formulation.builder(FormulationKind.SYNBIOTIC,
                                        DeliveryForm.SACHET)
                                .prebioticIngredient("inulin").viability(Viability.INACTIVATED).build(),
                        Set.of("components: a synbiotic needs at least one strain",
                                "viability: a synbiotic contains live microorganisms, not inactivated ones")),
                argumentSet("postbiotic of live cells", Formulation.builder(FormulationKind.POSTBIOTIC, DeliveryForm.CAPSULE)
                                .component(strain, STRENGTH).viability(Viability.LIVE).build(),
                        Set.of("viability: a postbiotic contains inactivated microorganisms, not live ones")),
                argumentSet("postbiotic without strain", Formulation.builder(FormulationKind.POSTBIOTIC, DeliveryForm.CAPSULE)
                                .prebioticIngredient("inulin").build(),
                        Set.of("components: a postbiotic needs at least one strain")));
    }

    @ParameterizedTest
    @MethodSource("inconsistentKinds")
    void kindInconsistentWithContentsIsReportedOnTheWrongField(Formulation formulation, Set<String> expected) {
        assertThat(violations(formulation)).isEqualTo(expected);
    }

    static Stream<Arguments> consistentKinds() {
        Strain strain = Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG;
        return Stream.of(
                argumentSet("live probiotic", probiotic().component(strain, STRENGTH).viability(Viability.LIVE).build()),
                argumentSet("probiotic, viability not reported", probiotic().component(strain, STRENGTH).build()),
                argumentSet("prebiotic", Formulation.builder(FormulationKind.PREBIOTIC, DeliveryForm.POWDER)
                        .prebioticIngredient("inulin").build()),
                argumentSet("synbiotic", Formulation.builder(FormulationKind.SYNBIOTIC, DeliveryForm.CAPSULE)
                        .component(strain, STRENGTH).prebioticIngredient("inulin").viability(Viability.LIVE).build()),
                argumentSet("postbiotic", Formulation.builder(FormulationKind.POSTBIOTIC, DeliveryForm.CAPSULE)
                        .component(strain, STRENGTH).viability(Viability.INACTIVATED).build()));
    }

    @ParameterizedTest
    @MethodSource("consistentKinds")
    void consistentKindsAreValid(Formulation formulation) {
        assertThat(violations(formulation)).isEmpty();
    }
}
