package org.msbiome.core.preclinical;

import static org.msbiome.core.validation.ConstraintAssertions.assertSingle;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import org.junit.jupiter.api.Test;

class TreatmentTimingTest {

    @Test
    void prophylacticStartsOnOrBeforeInduction() {
        assertValid(TreatmentTiming.prophylactic().withDays(-14, 30));
        assertValid(TreatmentTiming.prophylactic().withDays(0, 30));
        assertSingle(TreatmentTiming.prophylactic().withDays(3, 30), "startDay",
                "prophylactic treatment must start on or before the day of induction (day 0)");
    }

    @Test
    void therapeuticStartsAfterInduction() {
        assertValid(TreatmentTiming.therapeutic().withDays(12, 30));
        assertSingle(TreatmentTiming.therapeutic().withDays(-7, 30), "startDay",
                "therapeutic treatment must start after the day of induction (day 0)");
    }

    @Test
    void treatmentDoesNotEndBeforeItStarts() {
        assertSingle(TreatmentTiming.therapeutic().withDays(12, 10), "endDay",
                "treatment must not end before it starts");
    }

    @Test
    void unreportedDaysAreValid() {
        assertValid(TreatmentTiming.therapeutic());
    }
}
