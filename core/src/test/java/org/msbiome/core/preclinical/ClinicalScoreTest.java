package org.msbiome.core.preclinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.msbiome.core.validation.ConstraintAssertions.assertSingle;
import static org.msbiome.core.validation.ConstraintAssertions.assertValid;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clinical scores on the common 0–5 EAE scale of Bio-protocol (https://bio-protocol.org/exchange/minidetail?id=2595049&type=30). */
class ClinicalScoreTest {
    private static final ScoreScale SCALE = ScoreScales.EAE_0_TO_5;

    @Test
    void theCommonScaleHasTenLevelsFromZeroToFive() {
        assertThat(SCALE.levels()).hasSize(10);
        assertThat(SCALE.minimum()).isEqualByComparingTo("0");
        assertThat(SCALE.maximum()).isEqualByComparingTo("5");
        assertThat(SCALE.meaning(new BigDecimal("3.0"))).contains("paraplegia");
        assertThat(SCALE.meaning(new BigDecimal("1"))).contains("mild limp tail");
        assertThat(SCALE.source()).contains("https://bio-protocol.org/exchange/minidetail?id=2595049&type=30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.5", "2.50", "3", "4.5", "5.0"})
    void aScoreOnItsScaleIsValid(String value) {
        ClinicalScore score = ClinicalScore.of(SCALE, value);
        assertValid(score);
        assertThat(score.meaning()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "5.5", "2.25", "-1", "6"})
    void aScoreOffItsScaleIsAViolation(String value) {
        assertSingle(ClinicalScore.of(SCALE, value), "value", "score is not a level of its scale");
    }

    @Test
    void aScaleNeedsAtLeastTwoLevels() {
        assertThatThrownBy(() -> new ScoreScale("one level", new TreeMap<>(Map.of(BigDecimal.ZERO, "none")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score scale 'one level' has 1 level(s); expected at least two levels, each with its meaning");
    }

    @Test
    void aLevelWrittenTwiceWithDifferentScalesIsRejected() {
        // a map that keeps 1 and 1.0 apart (compares by equals, which includes the scale)
        TreeMap<BigDecimal, String> levels = new TreeMap<>(Comparator.comparing(BigDecimal::toString));
        levels.put(new BigDecimal("1"), "limp tail");
        levels.put(new BigDecimal("1.0"), "limp tail again");
        assertThatThrownBy(() -> new ScoreScale("twice", levels, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score level '1' is listed twice; expected each level once");
    }

    @Test
    void levelsAreNotNegativeAndHaveMeanings() {
        assertThatThrownBy(() -> new ScoreScale("negative",
                        new TreeMap<>(Map.of(BigDecimal.ONE.negate(), "x", BigDecimal.ONE, "y")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score level '-1' is negative; expected levels from 0 upwards");
        assertThatThrownBy(() -> new ScoreScale("blank",
                        new TreeMap<>(Map.of(BigDecimal.ZERO, "none", BigDecimal.ONE, " ")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("levels[1] must not be blank");
    }
}
