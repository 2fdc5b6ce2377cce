package org.msbiome.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Phenotype modifiers per Lublin et al. 2014, PMID 24871874. */
class MsCourseTest {

    @Test
    void progressivePhenotypesTakeActivityAndProgression() {
        MsCourse course = MsCourse.of(MsPhenotype.SPMS)
                .withActivity(DiseaseActivity.NOT_ACTIVE)
                .withProgression(Progression.WITH_PROGRESSION);

        assertThat(course.activity()).contains(DiseaseActivity.NOT_ACTIVE);
        assertThat(course.progression()).contains(Progression.WITH_PROGRESSION);
    }

    @ParameterizedTest
    @EnumSource(value = MsPhenotype.class, names = {"CIS", "RRMS"})
    void rejectsProgressionForRelapsingOrIsolatedCourses(MsPhenotype phenotype) {
        assertThatThrownBy(() -> MsCourse.of(phenotype).withProgression(Progression.WITHOUT_PROGRESSION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("progression 'without-progression' does not apply to phenotype '" + phenotype.code()
                        + "'; expected a progression modifier only for spms or ppms (Lublin 2014)");
    }

    @ParameterizedTest
    @EnumSource(MsPhenotype.class)
    void everyPhenotypeMayHaveIndeterminateActivity(MsPhenotype phenotype) {
        assertThat(MsCourse.of(phenotype).withActivity(DiseaseActivity.INDETERMINATE).activity())
                .contains(DiseaseActivity.INDETERMINATE);
        assertThat(MsPhenotype.fromCode(phenotype.code())).isSameAs(phenotype);
    }
}
