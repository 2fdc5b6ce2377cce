package org.msbiome.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.msbiome.core.validation.ConstraintAssertions.assertSingle;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import org.junit.jupiter.api.Test;

class PopulationTest {
    private final Population rrms = Population.of(MsCourse.of(MsPhenotype.RRMS));

    @Test
    void orderedBoundsAreValid() {
        assertValid(rrms.withEdss(Edss.ZERO, Edss.of(3.5)).withAge(18, 55));
        assertValid(rrms.withEdss(Edss.of(2), Edss.of(2)).withAge(30, 30));
    }

    @Test
    void reportsEdssMaximumBelowMinimum() {
        assertSingle(rrms.withEdss(Edss.of(4), Edss.of(3.5)), "maximumEdss",
                "maximum EDSS must not be below minimum EDSS");
    }

    @Test
    void reportsAgeMaximumBelowMinimum() {
        assertSingle(rrms.withAge(50, 18), "maximumAge", "maximum age must not be below minimum age");
    }

    @Test
    void reportsNegativeAge() {
        assertSingle(rrms.withAge(-1, null), "minimumAge", "must be greater than or equal to 0");
    }

    @Test
    void keepsAgesInWeeksAndMonthsWithTheirUnit() {
        Population infants = rrms.withAge(27, AgeUnit.WEEKS, 18, AgeUnit.MONTHS);

        assertValid(infants);
        assertThat(infants.minimumAgeIn()).contains(AgeUnit.WEEKS);
        assertThat(infants.maximumAgeIn()).contains(AgeUnit.MONTHS);
        assertThat(rrms.withAge(18, 55).minimumAgeIn()).contains(AgeUnit.YEARS);
        assertThat(rrms.withAge(18, AgeUnit.YEARS, 55, null)).isEqualTo(rrms.withAge(18, 55));
    }

    @Test
    void comparesAgeBoundsAcrossUnits() {
        // 2 years is 24 months, above 18 months; 80 weeks (560 days) is above 18 months (at most 558 days).
        assertSingle(rrms.withAge(2, null, 18, AgeUnit.MONTHS), "maximumAge", "maximum age must not be below minimum age");
        assertSingle(rrms.withAge(80, AgeUnit.WEEKS, 18, AgeUnit.MONTHS), "maximumAge",
                "maximum age must not be below minimum age");
        // 78 weeks (546 days) may be within 18 months (504 to 558 days): not reported.
        assertValid(rrms.withAge(78, AgeUnit.WEEKS, 18, AgeUnit.MONTHS));
    }

    @Test
    void rejectsAnAgeUnitWithoutItsAge() {
        assertThatThrownBy(() -> rrms.withAge(null, AgeUnit.WEEKS, 18, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumAgeUnit 'weeks' is given without an age; expected the unit together with its age,"
                        + " like 27 weeks");
    }
}
