package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.TrialDesign;

/**
 * Every organism and every CFU dose in an intervention's text is encoded or listed as not encoded, with its
 * span (issue #19, §3), on the constructed record {@code constructed-organisms-and-doses.json}.
 */
class CtgovTextMentionsTest {
    private static final String DESCRIPTION = "/protocolSection/armsInterventionsModule/interventions/0/description";
    private final CtgovImport result = CtgovRecords.load("constructed-organisms-and-doses.json");
    private final TrialDesign design = result.design().orElseThrow();

    @Test
    void listsBothOrganismsAndTheDoseOfATwoStrainDescription() {
        String text = "Bifidobacterium lactis BB-12 and Lactobacillus acidophilus LA-5, 1e9 CFU daily";

        assertThat(result.mentions()).filteredOn(m -> m.pointer().equals(DESCRIPTION))
                .extracting(TextMention::kind, TextMention::text, TextMention::start, TextMention::end)
                .containsExactly(
                        tuple(TextMention.Kind.ORGANISM, "Bifidobacterium lactis BB-12", 0, 28),
                        tuple(TextMention.Kind.ORGANISM, "Lactobacillus acidophilus LA-5", 33, 63),
                        tuple(TextMention.Kind.DOSE, "1e9 CFU", 65, 72));
        assertThat(result.mentions()).filteredOn(m -> m.pointer().equals(DESCRIPTION))
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(result.mentions()).filteredOn(m -> m.kind() == TextMention.Kind.DOSE)
                .allSatisfy(m -> assertThat(m.encoded()).isEmpty());
        assertThat(result.mentions()).filteredOn(m -> m.kind() == TextMention.Kind.ORGANISM && m.encoded().isPresent())
                .allSatisfy(m -> assertThat(m.encoded()).contains("design.interventions[Two-strain capsules].strains"));
    }

    @Test
    void everyOrganismEncodedIsAStrainOfTheIntervention() {
        ProbioticIntervention twoStrains = (ProbioticIntervention) design.interventions().stream()
                .filter(i -> i.name().equals("Two-strain capsules")).findFirst().orElseThrow();
        long encoded = result.mentions().stream()
                .filter(m -> m.pointer().equals(DESCRIPTION) && m.kind() == TextMention.Kind.ORGANISM)
                .filter(m -> m.encoded().isPresent()).count();

        assertThat(twoStrains.givenStrains()).hasSize((int) encoded);
        assertThat(twoStrains.givenStrains()).anySatisfy(s -> {
            assertThat(s.taxon().name().full()).isEqualTo("Lactobacillus acidophilus");
            assertThat(s.designation()).isEqualTo(Optional.of("LA-5"));
        });
    }

    @Test
    void anOrganismWithAStrainDesignationMakesAProbioticEvenWhenTheTaxonomyDoesNotKnowIt() {
        assertThat(design.interventions()).filteredOn(i -> i.name().equals("Spore capsules"))
                .singleElement().isInstanceOf(ProbioticIntervention.class);
        assertThat(result.mentions()).filteredOn(m -> m.text().startsWith("Bacillus coagulans"))
                .singleElement().satisfies(m -> {
                    assertThat(m.text()).isEqualTo("Bacillus coagulans GBI-30");
                    assertThat(m.encoded()).isEmpty();
                    assertThat(m.note()).isEqualTo("the taxonomy does not know 'Bacillus coagulans'");
                });
    }
}
