package org.msbiome.core.preclinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import org.junit.jupiter.api.Test;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.fixtures.PublishedStudies;

/**
 * Lavasani S et al. 2010, PLoS ONE 5(2):e9009, DOI 10.1371/journal.pone.0009009, PMID 20126401: mouse EAE
 * (strain not verified); single strains L. paracasei DSM 13434, L. plantarum DSM 15312 and DSM 15313 and
 * their mixture; single strains were not therapeutic, the three-strain mixture suppressed progression.
 * The groups of the preventive screen are not detailed in the reference, so only the therapeutic groups are
 * built; induction details, group sizes, days and route are not stated and stay empty.
 */
public class Lavasani2010Test {

    public static PreclinicalStudy lavasani2010() {
        return PublishedStudies.lavasani2010Design();
    }

    @Test
    void buildsFromWhatTheReferenceStates() {
        PreclinicalStudy study = lavasani2010();

        assertValid(study);
        assertThat(study.animals().strain()).isEmpty();
        assertThat(study.model()).isEqualTo(Eae.notReported());
        assertThat(study.groups()).hasSize(4)
                .allSatisfy(g -> assertThat(g.timing()).contains(TreatmentTiming.therapeutic()))
                .allSatisfy(g -> assertThat(g.animals()).isEmpty());
        assertThat(study.groups().get(3).interventions()).singleElement()
                .isInstanceOfSatisfying(ProbioticIntervention.class, p -> assertThat(p.givenStrains())
                        .extracting(strain -> strain.deposits().get(0).accession())
                        .containsExactly("13434", "15312", "15313"));
        assertThat(study.clinicalScoreScale()).isEmpty();
        assertThat(study.riskOfBias()).isEmpty();
    }
}
