package org.msbiome.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StandardMeasureTest {

    @Test
    void carriesTheRangesTheSourcesGive() {
        // FSS 9–63 and MFIS 0–84: BMC Neurol 2021, doi 10.1186/s12883-021-02396-1, table 3.
        assertThat(StandardMeasure.FSS.range()).contains(ScoreRange.of(9, 63));
        assertThat(StandardMeasure.MFIS.range()).contains(ScoreRange.of(0, 84));
        // PASAT-3: correct sums out of 60 per trial (PMC5336539 table 4).
        assertThat(StandardMeasure.PASAT_3.range()).contains(ScoreRange.of(0, 60));
        assertThat(StandardMeasure.EDSS.range()).contains(ScoreRange.of(0, 10));
        assertThat(StandardMeasure.T25FW.unit()).contains("s");
    }

    @ParameterizedTest
    @EnumSource(value = StandardMeasure.class, names = {"BDI_II", "GHQ_28", "DASS", "MSQOL_54"})
    void hasNoRangeWhereNoneIsVerifiedOrNoSingleScoreExists(StandardMeasure measure) {
        assertThat(measure.range()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StandardMeasure.class)
    void codesRoundTrip(StandardMeasure measure) {
        assertThat(StandardMeasure.fromCode(measure.code())).isSameAs(measure);
        assertThat(measure.title()).isNotBlank();
    }

    @Test
    void rangeContainsItsBounds() {
        assertThat(ScoreRange.of(9, 63).contains(BigDecimal.valueOf(9))).isTrue();
        assertThat(ScoreRange.of(9, 63).contains(BigDecimal.valueOf(64))).isFalse();
        assertThatThrownBy(() -> ScoreRange.of(5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score range maximum '5' is not above minimum '5'; expected a range like 9 to 63");
    }

    @Test
    void outcomeWithoutStatedRoleOrTimeFrameKeepsThemAbsent() {
        Outcome outcome = Outcome.of(CustomMeasure.of("serum hs-CRP"));
        assertThat(outcome.role()).isEmpty();
        assertThat(outcome.timeFrame()).isEmpty();
        assertThat(Outcome.primary(StandardMeasure.GHQ_28, "week 12").role()).contains(OutcomeRole.PRIMARY);
    }
}
