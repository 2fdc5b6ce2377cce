package org.msbiome.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** TIDieR item 8: when and how much. */
class RegimenTest {

    @Test
    void collectsDoseFrequencyRouteAndDuration() {
        Regimen regimen = Regimen.notReported()
                .withDose(DoseRate.perDay(new BigDecimal("2.0"), " capsule "))
                .withFrequency(Frequency.timesPerDay(2))
                .withRoute(Route.ORAL)
                .withDuration(Period.ofMonths(4));

        assertThat(regimen.dose()).contains(new DoseRate(BigDecimal.valueOf(2), "capsule", Period.ofDays(1)));
        assertThat(regimen.frequency()).contains(new Frequency(2, Period.ofDays(1)));
        assertThat(regimen.route()).contains(Route.ORAL);
        assertThat(regimen.duration()).contains(Period.ofMonths(4));
    }

    @Test
    void rejectsNonPositiveAmountsTimesAndPeriods() {
        assertThatThrownBy(() -> DoseRate.perDay(BigDecimal.ZERO, "capsule"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dose amount '0' must be greater than zero; expected like '2' (capsules per day)");
        assertThatThrownBy(() -> Frequency.timesPerDay(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frequency times '0' is less than 1; expected like 2 (times per day)");
        assertThatThrownBy(() -> Regimen.notReported().withDuration(Period.ofDays(-3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration 'P-3D' must be longer than zero and have no negative part; expected like 'P12W' or 'P4M'");
        assertThatThrownBy(() -> DoseRate.perDay(BigDecimal.ONE, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit must not be blank");
    }

    @Test
    void placeboKeepsAnUnpublishedCompositionAbsent() {
        assertThatThrownBy(() -> new Placebo("placebo", java.util.Optional.of(""), Regimen.notReported()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("composition must not be blank");
        assertThat(new Placebo(" placebo ", java.util.Optional.empty(), Regimen.notReported()).name())
                .isEqualTo("placebo");
    }
}
