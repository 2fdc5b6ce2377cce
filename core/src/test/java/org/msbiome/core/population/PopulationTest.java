package org.msbiome.core.population;

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
}
