package org.msbiome.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllocationRatioTest {

    @Test
    void parsesColonSeparatedParts() {
        assertThat(AllocationRatio.parse("2 : 1").parts()).containsExactly(2, 1);
        assertThat(AllocationRatio.parse("1:1:1")).isEqualTo(AllocationRatio.of(1, 1, 1)).hasToString("1:1:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1-1", "1:", "a:b", ""})
    void rejectsTextThatIsNotARatio(String text) {
        assertThatThrownBy(() -> AllocationRatio.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allocation ratio '" + text
                        + "' is not whole numbers separated by colons; expected like '1:1' or '2:1'");
    }

    @Test
    void rejectsZeroPartsAndSingleParts() {
        assertThatThrownBy(() -> AllocationRatio.parse("1:0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allocation ratio part parts[1] '0' is less than 1; expected whole numbers like '2:1'");
        assertThatThrownBy(() -> AllocationRatio.of(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allocation ratio '[3]' has fewer than two parts; expected one part per arm, like '1:1'");
    }
}
