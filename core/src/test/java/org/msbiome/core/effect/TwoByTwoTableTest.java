package org.msbiome.core.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TwoByTwoTableTest {
    @Test
    void knowsWhetherACellIsZero() {
        assertThat(new TwoByTwoTable(4, 119, 11, 128).hasZeroCell()).isFalse();
        assertThat(new TwoByTwoTable(0, 10, 3, 7).hasZeroCell()).isTrue();
    }

    @Test
    void rejectsANegativeCount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TwoByTwoTable(4, -1, 11, 128))
                .withMessage("treatmentNonEvents '-1' is negative; expected a count");
    }

    @Test
    void rejectsAnEmptyGroup() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TwoByTwoTable(0, 0, 11, 128))
                .withMessage("a group of the 2x2 table is empty; expected at least one participant in each group");
    }
}
