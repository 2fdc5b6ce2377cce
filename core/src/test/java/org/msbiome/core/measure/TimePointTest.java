package org.msbiome.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TimePointTest {
    @Test
    void weekTwelveIsTwelveWeeksSinceStart() {
        TimePoint week12 = TimePoint.sinceStart(12, UcumUnit.WEEK);

        assertThat(week12).isEqualTo(new TimePoint.SinceStart(Quantity.of("12", UcumUnit.WEEK)));
        assertThat(((TimePoint.SinceStart) week12).elapsed()).hasToString("12 wk");
    }

    @Test
    void baselineEqualsBaseline() {
        assertThat(TimePoint.baseline()).isEqualTo(new TimePoint.Baseline());
    }

    @Test
    void rejectsANonTimeUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimePoint.sinceEnd(3, UcumUnit.MILLIGRAM))
                .withMessage("elapsed '3 mg' is not a duration; expected a unit of time: h, d, wk, mo or a");
    }

    @Test
    void rejectsANegativeDuration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimePoint.SinceStart(new Quantity(BigDecimal.valueOf(-1), UcumUnit.DAY)))
                .withMessage("elapsed '-1 d' is negative; expected a duration of 0 or more");
    }

    @Test
    void quantityKeepsPublishedDigits() {
        assertThat(Quantity.of("0.50", UcumUnit.MILLIGRAM).value()).isEqualTo(new BigDecimal("0.50"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Quantity.of("two", UcumUnit.MILLIGRAM))
                .withMessage("value 'two' is not a decimal number; expected a number like '12' or '0.5'");
    }
}
