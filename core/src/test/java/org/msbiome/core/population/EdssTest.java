package org.msbiome.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EDSS steps per Kurtzke 1983 (Neurology 33:1444–1452): 0, 1.0, 1.5 … 9.5, 10; no 0.5. */
class EdssTest {

    static Stream<String> steps() {
        return Stream.concat(
                Stream.of("0", "10"),
                IntStream.rangeClosed(2, 19).mapToObj(i -> BigDecimal.valueOf(i).divide(BigDecimal.valueOf(2)).toPlainString()));
    }

    @Test
    void thereAreTwentyStepsFromZeroToTen() {
        assertThat(steps().map(Edss::parse).distinct()).hasSize(20).contains(Edss.ZERO, Edss.MAXIMUM);
    }

    @ParameterizedTest
    @MethodSource("steps")
    void acceptsEveryStep(String step) {
        assertThat(Edss.parse(step).score()).isEqualByComparingTo(step);
        assertThat(Edss.isStep(new BigDecimal(step))).isTrue();
    }

    @Test
    void rejectsHalfAPointBecauseTheScaleGoesFromZeroToOne() {
        assertThatThrownBy(() -> Edss.of(0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EDSS score '0.5' is not an EDSS step; expected 0, 1.0, 1.5, 2.0, ... 9.5 or 10 (there is no step 0.5)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "0.25", "1.25", "9.75", "10.5", "11", "-1", "-0.5", "3.3"})
    void rejectsValuesThatAreNotSteps(String value) {
        assertThatThrownBy(() -> new Edss(new BigDecimal(value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EDSS score '" + value + "' is not an EDSS step");
    }

    @Test
    void rejectsNonNumbersAndNonFiniteValues() {
        assertThatThrownBy(() -> Edss.parse("3,5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EDSS score '3,5' is not a decimal number; expected a step like '3.5'");
        assertThatThrownBy(() -> Edss.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalStepsCompareEqualWhateverTheirScale() {
        assertThat(Edss.parse("1.0")).isEqualTo(Edss.of(1)).isEqualTo(new Edss(new BigDecimal("1.00")));
        assertThat(Edss.parse("10.0")).isEqualTo(Edss.MAXIMUM);
        assertThat(Edss.parse("0.0")).isEqualTo(Edss.ZERO);
        assertThat(Edss.of(3.5)).isLessThan(Edss.of(4)).isGreaterThan(Edss.ZERO);
    }
}
