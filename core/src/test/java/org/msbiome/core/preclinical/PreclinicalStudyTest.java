package org.msbiome.core.preclinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.msbiome.core.validation.ConstraintAssertions.assertSingle;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Frequency;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.Route;
import org.msbiome.core.population.Sex;

class PreclinicalStudyTest {
    private static final OtherIntervention VEHICLE = new OtherIntervention(
            "vehicle", Optional.of("phosphate-buffered saline"),
            Regimen.notReported().withRoute(Route.GAVAGE).withFrequency(Frequency.timesPerDay(1)));

    @Test
    void mog35To55InC57Bl6IsAValidStudy() {
        // The typical protocol: 200 μg MOG35–55 in CFA and pertussis toxin (bio-protocol 2595049; PMC7654287 table 2).
        PreclinicalStudy study = PreclinicalStudy.builder(
                        Animals.of(AnimalStrains.C57BL_6).withSex(Sex.FEMALE).withAgeWeeks(8, 10),
                        Eae.active(Antigens.MOG_35_55, "CFA", true))
                .group(StudyGroup.of("vehicle", VEHICLE).withType(ArmType.PLACEBO_COMPARATOR).withAnimals(10)
                        .withTiming(TreatmentTiming.prophylactic().withDays(-7, 28)))
                .clinicalScoreScale(ScoreScales.EAE_0_TO_5)
                .build();

        assertValid(study);
        assertThat(Antigens.MOG_35_55.sequence()).contains("MEVGWYRSPFSRVVHLYRNGK");
        assertThat(AnimalStrains.C57BL_6.haplotype()).contains("H-2b");
        assertThat(AnimalStrains.SJL.haplotype()).contains("H-2s");
    }

    @Test
    void groupLabelsAreUnique() {
        PreclinicalStudy study = PreclinicalStudy.builder(Animals.of(Species.MOUSE), Eae.notReported())
                .group(StudyGroup.of("control"))
                .group(StudyGroup.of("control"))
                .build();

        assertSingle(study, "groups[1].label", "group label is not unique");
    }

    @Test
    void groupTimingIsCheckedThroughTheStudy() {
        PreclinicalStudy study = PreclinicalStudy.builder(Animals.of(Species.MOUSE), Eae.notReported())
                .group(StudyGroup.of("treated", VEHICLE).withTiming(TreatmentTiming.therapeutic().withDays(0, 20)))
                .build();

        assertSingle(study, "groups[0].timing.startDay",
                "therapeutic treatment must start after the day of induction (day 0)");
    }

    @Test
    void groupSizeIsPositive() {
        PreclinicalStudy study = PreclinicalStudy.builder(Animals.of(Species.MOUSE), Eae.notReported())
                .group(StudyGroup.of("treated", VEHICLE).withAnimals(0))
                .build();

        assertSingle(study, "groups[0].animals", "must be greater than 0");
    }

    @Test
    void animalAgesAreOrdered() {
        assertSingle(Animals.of(AnimalStrains.SJL).withAgeWeeks(12, 8), "maximumAgeWeeks",
                "maximum age must not be below minimum age");
        PreclinicalStudy study = PreclinicalStudy.builder(Animals.of(AnimalStrains.SJL).withAgeWeeks(12, 8),
                        new Tmev(Optional.empty()))
                .build();
        assertSingle(study, "animals.maximumAgeWeeks", "maximum age must not be below minimum age");
    }

    @Test
    void strainMustBeOfTheStudySpecies() {
        assertThatThrownBy(() -> new Animals(Species.MOUSE, Optional.of(AnimalStrains.LEWIS_RAT),
                        Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("strain 'Lewis' is a rat strain, not a mouse strain; expected a strain of the study's species");
    }

    @Test
    void antigenSequenceIsOneLetterAminoAcids() {
        assertThatThrownBy(() -> new Antigen("MOG35-55", Optional.of("mevgwy")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("antigen sequence 'mevgwy' is not a peptide in one-letter codes; expected like 'MEVGWYRSPFSRVVHLYRNGK'");
    }
}
