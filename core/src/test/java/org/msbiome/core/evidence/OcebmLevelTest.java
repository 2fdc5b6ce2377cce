package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** OCEBM 2011, "Does this intervention help?" (https://bjsm.bmj.com/highwire/markup/117566/expansion). */
class OcebmLevelTest {

    @Test
    void hasTheFiveLevelsOfThe2011TableForTreatmentBenefits() {
        assertThat(OcebmLevel.values()).extracting(OcebmLevel::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(OcebmLevel.LEVEL_1.evidence()).isEqualTo("Systematic review of randomized trials or n-of-1 trials");
        assertThat(OcebmLevel.LEVEL_2.evidence()).isEqualTo("Randomized trial or observational study with dramatic effect");
        assertThat(OcebmLevel.fromCode("5").evidence()).isEqualTo("Mechanism-based reasoning");
    }

    @Test
    void doesNotMixInTheLetteredScheme() {
        assertThatThrownBy(() -> OcebmLevel.fromCode("1a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OCEBM level '1a' is unknown; expected one of 1, 2, 3, 4, 5");
    }
}
