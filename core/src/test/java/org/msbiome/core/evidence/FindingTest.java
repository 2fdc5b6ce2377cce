package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.msbiome.core.validation.ConstraintAssertions.assertSingle;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.effect.Comparison;
import org.msbiome.core.effect.ComparisonResult;
import org.msbiome.core.effect.Direction;
import org.msbiome.core.effect.PValue;
import org.msbiome.core.immune.Cytokines;
import org.msbiome.core.immune.Specimen;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.preclinical.Animals;
import org.msbiome.core.preclinical.Eae;
import org.msbiome.core.preclinical.Species;
import org.msbiome.fixtures.PublishedStudies;

class FindingTest {

    @Test
    void publishedFindingsAreValidAndTieStudyInterventionOutcomeAndSubjects() {
        Finding edss = PublishedStudies.kouchaki2017Edss();

        assertValid(edss);
        assertValid(PublishedStudies.salami2019Edss());
        PublishedStudies.tamtaji2017Immune().forEach(f -> assertValid(f));
        assertThat(edss.intervention().name()).isEqualTo("probiotic capsule");
        assertThat(edss.measure()).isEqualTo(StandardMeasure.EDSS);
        assertThat(edss.subjects()).containsInstanceOf(Subjects.Patients.class);
        assertThat(edss.effect()).as("no effect size: the kind of ± is not stated").isEmpty();
    }

    @Test
    void anImmuneEffectBecomesAMarkerOutcomeInItsSpecimen() {
        assertThat(PublishedStudies.tamtaji2017Immune()).extracting(Finding::measure).containsExactly(
                new MarkerMeasure(Cytokines.IL_8, Optional.of(Specimen.PBMC_MRNA), Optional.empty()),
                new MarkerMeasure(Cytokines.TNF_ALPHA, Optional.of(Specimen.PBMC_MRNA), Optional.empty()));
    }

    @Test
    void aPreclinicalFindingIsAboutTheAnimalModel() {
        Study lavasani = PublishedStudies.lavasani2010();
        String intervention = lavasani.design().interventions().get(0).name();
        Finding finding = Finding.of(lavasani, intervention, Outcome.of(CustomMeasure.of("EAE clinical score")),
                ComparisonResult.ofDirection(Comparison.VS_CONTROL_GROUP, Direction.DECREASED, PValue.lessThan(0.05)));

        assertThat(finding.subjects()).containsInstanceOf(Subjects.AnimalModel.class);
    }

    @Test
    void rejectsAnInterventionNameTheStudyDoesNotGive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Finding.of(PublishedStudies.kouchaki2017(), "yogurt", Outcome.of(StandardMeasure.EDSS),
                        PublishedStudies.kouchaki2017Edss().result()))
                .withMessage("study 'Kouchaki 2017' gives no intervention 'yogurt'; "
                        + "expected one of ['probiotic capsule', 'starch placebo']");
    }

    @Test
    void anInterventionTheStudyDoesNotGiveIsAViolation() {
        Finding edss = PublishedStudies.kouchaki2017Edss();
        Finding other = new Finding(edss.study(), ProbioticIntervention.undescribed("another probiotic", Regimen.notReported()),
                edss.outcome(), edss.subjects(), edss.result());

        assertSingle(other, "intervention", "intervention is not one the study gives");
    }

    @Test
    void anOutcomeTheStudyDoesNotListIsAViolation() {
        Finding edss = PublishedStudies.kouchaki2017Edss();
        Finding fatigue = new Finding(edss.study(), edss.intervention(), Outcome.of(StandardMeasure.FSS),
                edss.subjects(), edss.result());

        assertSingle(fatigue, "outcome", "outcome is not one of the outcomes the study lists");
    }

    @Test
    void animalSubjectsInAClinicalStudyAreAViolation() {
        Finding mice = PublishedStudies.kouchaki2017Edss()
                .withSubjects(new Subjects.AnimalModel(Animals.of(Species.MOUSE), Eae.notReported()));

        assertSingle(mice, "subjects",
                "subjects must be people for a clinical study and an animal model for a preclinical one");
    }

    @Test
    void aComparisonWithPlaceboInAStudyWithoutPlaceboIsAViolation() {
        Study tankou = PublishedStudies.tankou2018();
        Finding finding = Finding.of(tankou, "Visbiome (VSL#3)", tankou.design().outcomes().get(0),
                ComparisonResult.ofDirection(Comparison.VS_PLACEBO, Direction.INCREASED, PValue.lessThan(0.05)));

        assertSingle(finding, "result.comparison", "compared with placebo, but the study gives no placebo");
    }

    @Test
    void aPlaceboComparedWithPlaceboIsAViolation() {
        Finding edss = PublishedStudies.kouchaki2017Edss();
        Finding placebo = Finding.of(edss.study(), "starch placebo", edss.outcome(), edss.result());

        assertSingle(placebo, "intervention", "the intervention compared with placebo is itself a placebo");
    }
}
