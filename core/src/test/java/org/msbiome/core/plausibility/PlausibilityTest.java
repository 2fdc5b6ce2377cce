package org.msbiome.core.plausibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GRIM, GRIMMER, SD bounds and the SD-vs-SE check on the reference cases of issue #17: the tests of the R
 * packages scrutiny (lhdjung/scrutiny) and rsprite2, and Salami 2019's EDSS change scores.
 */
class PlausibilityTest {
    private static PublishedDecimal d(String text) {
        return PublishedDecimal.parse(text);
    }

    @Test
    void grimOfMeansFrom519To530WithTwentyEightIntegerValues() {
        // scrutiny: 5.19 ... 5.30 with n = 28 are consistent only at 5.21, 5.25 and 5.29
        List<String> means = List.of("5.19", "5.20", "5.21", "5.22", "5.23", "5.24", "5.25", "5.26", "5.27",
                "5.28", "5.29", "5.30");
        List<String> consistent = means.stream().filter(m -> Plausibility.grim(d(m), 28, Grid.integers())).toList();
        assertThat(consistent).containsExactly("5.21", "5.25", "5.29");
    }

    @Test
    void grimOfMeansOfThreeItemsWith120Participants() {
        // scrutiny: 0.150 ... 0.159 with n = 120 and 3 items -> T,F,F,T,F,F,T,F,T,F
        List<Boolean> results = List.of("0.150", "0.151", "0.152", "0.153", "0.154", "0.155", "0.156", "0.157",
                "0.158", "0.159").stream().map(m -> Plausibility.grim(d(m), 120, Grid.items(3))).toList();
        assertThat(results).containsExactly(true, false, false, true, false, false, true, false, true, false);
    }

    @Test
    void trailingZerosCountAsReportedDecimals() {
        // 5.2 stands for 5.15 ... 5.25, which 146/28 = 5.214 reaches; 5.20 stands for 5.195 ... 5.205, which
        // no sum of 28 integers reaches
        assertThat(Plausibility.grim(d("5.2"), 28, Grid.integers())).isTrue();
        assertThat(Plausibility.grim(d("5.20"), 28, Grid.integers())).isFalse();
        assertThat(d("5.20").decimals()).isEqualTo(2);
        assertThat(PublishedDecimal.ofDouble(5.20).text()).isEqualTo("5.2");
    }

    @Test
    void grimmerOfTheRsprite2Tests() {
        assertThat(Plausibility.grimmer(d("5.21"), d("1.6"), 28, Grid.integers())).isTrue();
        assertThat(Plausibility.grimmer(d("3.44"), d("2.47"), 18, Grid.integers())).isFalse();
    }

    @Test
    void grimmerIsFalseWhenTheMeanFailsGrim() {
        assertThat(Plausibility.grimmer(d("5.19"), d("1.6"), 28, Grid.integers())).isFalse();
    }

    @Test
    void sdBoundsOfFiveValuesWithMean42OnOneToSeven() {
        SdRange integers = Plausibility.sdBounds(d("4.2"), 5, Scale.bounded("1", "7", Grid.integers())).orElseThrow();
        assertThat(integers.minimum()).isCloseTo(0.45, within(0.005));
        assertThat(integers.maximum()).isCloseTo(3.03, within(0.005));
        SdRange twoItems = Plausibility.sdBounds(d("4.2"), 5, Scale.bounded("1", "7", Grid.items(2))).orElseThrow();
        assertThat(twoItems.minimum()).isCloseTo(0.27, within(0.005));
        assertThat(twoItems.maximum()).isCloseTo(3.03, within(0.005));
    }

    @Test
    void sdBoundsAreAbsentForAMeanOffTheScale() {
        assertThat(Plausibility.sdBounds(d("7.5"), 5, Scale.bounded("1", "7", Grid.integers()))).isEmpty();
    }

    @Test
    void salami2019ProbioticEdssChangeLooksLikeAStandardError() {
        // -0.52 ± 0.04, n = 24, EDSS change on the 0.5 grid: smallest SD 0.102; as an SE, SD 0.04 x sqrt(24) = 0.196
        Scale edssChange = Scale.unbounded(Grid.step("0.5"));
        assertThat(Plausibility.minimumSd(d("-0.52"), 24, Grid.step("0.5")).orElseThrow())
                .isCloseTo(0.102, within(0.0005));
        List<PlausibilityFlag> flags = Plausibility.check(d("-0.52"), d("0.04"), 24, edssChange);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.check()).isEqualTo(PlausibilityCheck.SD_LOOKS_LIKE_SE);
            assertThat(flag.numbers()).containsEntry("minimum SD", "0.102")
                    .containsEntry("SD if the value is an SE", "0.196");
            assertThat(flag.reason()).contains("cannot be an SD").contains("0.102").contains("0.196");
            assertThat(flag.assumption()).contains("not adjusted, imputed");
        });
    }

    @Test
    void salami2019PlaceboEdssChangeFitsNoSumOnTheHalfPointGrid() {
        // 0.16 x 24 = 3.84: the sums 3.5 and 4.0 give 0.146 and 0.167
        List<PlausibilityFlag> flags = Plausibility.check(d("0.16"), d("0.07"), 24, Scale.unbounded(Grid.step("0.5")));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.check()).isEqualTo(PlausibilityCheck.GRIM);
            assertThat(flag.numbers()).containsEntry("nearest possible means", "0.1458 and 0.1667");
        });
    }

    @Test
    void possibleNumbersRaiseNoFlag() {
        assertThat(Plausibility.check(d("5.21"), d("1.6"), 28, Scale.bounded("1", "7", Grid.integers()))).isEmpty();
    }

    @Test
    void anSdAboveTheScaleMaximumIsFlagged() {
        List<PlausibilityFlag> flags = Plausibility.check(d("4.2"), d("3.5"), 5, Scale.bounded("1", "7", Grid.integers()));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.check()).isEqualTo(PlausibilityCheck.SD_BOUNDS);
            assertThat(flag.numbers()).containsEntry("maximum SD", "3.033");
        });
    }

    @Test
    void anSdWithinBoundsThatNoSumOfSquaresGivesIsAGrimmerFlag() {
        List<PlausibilityFlag> flags = Plausibility.check(d("3.44"), d("2.47"), 18, Scale.unbounded(Grid.integers()));
        assertThat(flags).extracting(PlausibilityFlag::check).containsExactly(PlausibilityCheck.GRIMMER);
    }

    /** Every mean and SD of real integer samples passes GRIM and GRIMMER and raises no flag. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void statisticsOfRealSamplesAreAlwaysPossible(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(60);
            int items = 1 + random.nextInt(3);
            long sum = 0;
            long squares = 0;
            for (int i = 0; i < n; i++) {
                int value = 1 + random.nextInt(7 * items);
                sum += value;
                squares += (long) value * value;
            }
            double mean = (double) sum / n / items;
            double sd = Math.sqrt((squares - (double) sum * sum / n) / (n - 1)) / items;
            PublishedDecimal publishedMean = d(String.format(java.util.Locale.ROOT, "%.2f", mean));
            PublishedDecimal publishedSd = d(String.format(java.util.Locale.ROOT, "%.2f", sd));
            Grid grid = Grid.items(items);
            assertThat(Plausibility.grim(publishedMean, n, grid)).as("GRIM %s n=%d", publishedMean, n).isTrue();
            assertThat(Plausibility.grimmer(publishedMean, publishedSd, n, grid))
                    .as("GRIMMER %s %s n=%d", publishedMean, publishedSd, n).isTrue();
            assertThat(Plausibility.check(publishedMean, publishedSd, n, Scale.bounded("0", "7", grid))).isEmpty();
        }
    }

    @Test
    void publishedNumbersAreFormChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> d("1e5")).withMessageContaining("'1e5'");
        assertThatIllegalArgumentException().isThrownBy(() -> d("5.")).withMessageContaining("plain decimal");
        assertThatIllegalArgumentException().isThrownBy(() -> Grid.step("0"));
        assertThatIllegalArgumentException().isThrownBy(() -> Scale.bounded("0.25", "7", Grid.integers()))
                .withMessageContaining("not a multiple");
        assertThatIllegalArgumentException().isThrownBy(() -> Plausibility.grimmer(d("5"), d("1"), 1, Grid.integers()))
                .withMessageContaining("n '1'");
    }

    @ParameterizedTest
    @EnumSource(PlausibilityCheck.class)
    void checksRoundTripThroughTheirCodes(PlausibilityCheck check) {
        assertThat(PlausibilityCheck.fromCode(check.code())).isSameAs(check);
    }

    @Test
    void gridsDescribeThemselves() {
        assertThat(Grid.step("0.5").describe()).isEqualTo("steps of 0.5");
        assertThat(Grid.items(3).describe()).isEqualTo("steps of 1/3");
        assertThat(Grid.integers().describe()).isEqualTo("integers");
    }
}
