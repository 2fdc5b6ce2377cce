package org.msbiome.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.VarianceFormula;

class SafetyEffectsTest {
    private static final double TOLERANCE = 1e-12;
    // The figures, from R metafor 3.8-1: escalc(measure=..., ai=0, n1i=30, ci=3, n2i=30).
    private static final GroupCounts NONE_OF_30 = GroupCounts.of("EG001", 0, 30);
    private static final GroupCounts THREE_OF_30 = GroupCounts.of("EG000", 3, 30);

    @Test
    void riskRatioWithAZeroCellMatchesMetaforsDefaultContinuityCorrection() {
        ComputedEffect rr = SafetyEffects.logRiskRatio(NONE_OF_30, THREE_OF_30);

        assertThat(rr.estimate()).isCloseTo(-1.945910149055, within(TOLERANCE));
        assertThat(rr.variance()).isCloseTo(2.221198156682, within(TOLERANCE));
        assertThat(rr.computation().continuityCorrection()).isEqualTo(0.5);
        assertThat(rr.measure()).isEqualTo(EffectMeasure.LOG_RISK_RATIO);
    }

    @Test
    void oddsRatioWithAZeroCellMatchesMetafor() {
        ComputedEffect or = SafetyEffects.logOddsRatio(NONE_OF_30, THREE_OF_30);

        assertThat(or.estimate()).isCloseTo(-2.049450827996, within(TOLERANCE));
        assertThat(or.variance()).isCloseTo(2.354864807324, within(TOLERANCE));
        assertThat(or.computation().continuityCorrection()).isEqualTo(0.5);
    }

    @Test
    void riskDifferenceWithAZeroCellMatchesMetafor() {
        ComputedEffect rd = SafetyEffects.riskDifference(NONE_OF_30, THREE_OF_30);

        assertThat(rd.estimate()).isCloseTo(-0.096774193548, within(TOLERANCE));
        assertThat(rd.variance()).isCloseTo(0.003742741096, within(TOLERANCE));
        assertThat(rd.computation().measure()).isEqualTo(EffectMeasure.RISK_DIFFERENCE);
        assertThat(rd.computation().varianceFormula()).isEqualTo(VarianceFormula.RISK_DIFFERENCE_LARGE_SAMPLE);
    }

    @Test
    void addsNothingWhenNoCellIsZero() {
        // NCT02210780 (ClinicalTrials.gov): other adverse events, dupilumab 30 of 97 vs placebo 29 of 97.
        ComputedEffect rr = SafetyEffects.logRiskRatio(GroupCounts.of("EG001", 30, 97), GroupCounts.of("EG000", 29, 97));

        assertThat(rr.computation().continuityCorrection()).isZero();
        assertThat(rr.estimate()).isCloseTo(Math.log(30.0 / 29.0), within(TOLERANCE));
        assertThat(rr.variance()).isCloseTo(1 / 30.0 - 1 / 97.0 + 1 / 29.0 - 1 / 97.0, within(TOLERANCE));
    }

    @Test
    void withdrawalsCompareOutOfThoseWhoStarted() {
        ComputedEffect rr = SafetyEffects.withdrawalRiskRatio(Withdrawals.of("EG001", 0, 30), Withdrawals.of("EG000", 3, 30));

        assertThat(rr.estimate()).isCloseTo(-1.945910149055, within(TOLERANCE));
    }

    @Test
    void refusesAMissingDenominatorInsteadOfTakingItAsZero() {
        GroupCounts noDenominator = new GroupCounts("EG001", Optional.empty(), Optional.of(2), Optional.empty());

        assertThatThrownBy(() -> SafetyEffects.logRiskRatio(noDenominator, THREE_OF_30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group 'EG001' has no number of participants at risk; a 2x2 table needs it");
    }

    @Test
    void refusesAGroupWithNoOneAtRisk() {
        assertThatThrownBy(() -> SafetyEffects.logRiskRatio(GroupCounts.of("EG001", 0, 0), THREE_OF_30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group 'EG001' has 0 participants at risk; an effect size needs at least one");
    }
}
