package org.msbiome.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The t and chi-square functions against independent values: closed forms (t with 1 and 2 degrees of
 * freedom, chi-square with even degrees of freedom, Γ at integers and ½, the incomplete beta with a shape
 * of 1) and published tables (NIST/SEMATECH e-Handbook of Statistical Methods, sections 1.3.6.7.2
 * "Critical values of the Student's t distribution" and 1.3.6.7.4 "Critical values of the chi-square
 * distribution", https://www.itl.nist.gov/div898/handbook/eda/section3/eda367.htm, three decimals).
 */
class DistributionsTest {

    @Test
    void logGammaEqualsLogFactorialsAndHalfLogPi() {
        double factorial = 1;
        for (int n = 1; n <= 20; n++) {
            assertThat(SpecialFunctions.logGamma(n)).as("n %d", n).isCloseTo(Math.log(factorial), within(1e-13));
            factorial *= n;
        }
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(SpecialFunctions.logGamma(0.1)).isCloseTo(Math.log(Math.PI / Math.sin(Math.PI * 0.1))
                - SpecialFunctions.logGamma(0.9), within(1e-14));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.1, 0.3, 0.5, 0.77, 0.999})
    void incompleteBetaWithAShapeOfOneHasClosedForms(double x) {
        assertThat(SpecialFunctions.regularizedBeta(x, 1, 1)).isCloseTo(x, within(1e-14));
        assertThat(SpecialFunctions.regularizedBeta(x, 3.5, 1)).isCloseTo(Math.pow(x, 3.5), within(1e-14));
        assertThat(SpecialFunctions.regularizedBeta(x, 1, 7)).isCloseTo(1 - Math.pow(1 - x, 7), within(1e-14));
    }

    /** Student t with 1 degree of freedom is the Cauchy distribution: F(t) = ½ + atan(t)/π, quantile tan(π(p − ½)). */
    @ParameterizedTest
    @ValueSource(doubles = {-30, -3, -0.5, 0, 0.2, 1, 12.7, 500})
    void tWithOneDegreeOfFreedomIsCauchy(double t) {
        assertThat(StudentT.cdf(t, 1)).isCloseTo(0.5 + Math.atan(t) / Math.PI, within(1e-14));
    }

    /** Student t with 2 degrees of freedom: F(t) = ½ + t/(2√(2 + t²)), quantile (2p − 1)/√(2p(1 − p)). */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.6, 0.9, 0.975, 0.995, 0.9999})
    void tWithTwoDegreesOfFreedomHasClosedForms(double p) {
        assertThat(StudentT.quantile(p, 2)).isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-10));
        assertThat(StudentT.quantile(p, 1)).isCloseTo(Math.tan(Math.PI * (p - 0.5)), withinPercentage(1e-10));
        double t = StudentT.quantile(p, 2);
        assertThat(StudentT.cdf(t, 2)).isCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), within(1e-14));
    }

    @ParameterizedTest
    @CsvSource({
        "0.975, 1, 12.706", "0.975, 5, 2.571", "0.975, 11, 2.201", "0.975, 12, 2.179", "0.975, 30, 2.042",
        "0.975, 60, 2.000", "0.975, 100, 1.984", "0.95, 10, 1.812", "0.99, 20, 2.528", "0.995, 10, 3.169"})
    void tQuantilesMatchThePublishedTable(double p, int df, double table) {
        assertThat(StudentT.quantile(p, df)).isCloseTo(table, within(5e-4));
    }

    /** Chi-square with 2m degrees of freedom: P(X &gt; x) = e^(−x/2) Σ_{j&lt;m} (x/2)^j / j!. */
    @ParameterizedTest
    @CsvSource({"2, 0.5", "2, 30", "4, 3", "12, 5", "12, 21", "12, 152.233", "24, 10", "24, 40", "40, 200"})
    void chiSquareWithEvenDegreesOfFreedomHasAClosedForm(int df, double x) {
        double term = 1;
        double sum = 1;
        for (int j = 1; j < df / 2; j++) {
            term *= x / 2 / j;
            sum += term;
        }
        double upper = Math.exp(-x / 2) * sum;
        assertThat(ChiSquared.upperTail(x, df)).isCloseTo(upper, withinPercentage(1e-10));
        assertThat(ChiSquared.cdf(x, df)).isCloseTo(1 - upper, within(1e-14));
    }

    @ParameterizedTest
    @CsvSource({
        "0.95, 1, 3.841", "0.95, 12, 21.026", "0.975, 12, 23.337", "0.025, 12, 4.404", "0.05, 12, 5.226",
        "0.99, 30, 50.892", "0.01, 30, 14.953", "0.95, 100, 124.342"})
    void chiSquareQuantilesMatchThePublishedTable(double p, int df, double table) {
        assertThat(ChiSquared.quantile(p, df)).isCloseTo(table, within(5e-4));
    }

    @Test
    void quantilesInvertTheDistributionFunctions() {
        Random random = new Random(21);
        for (int i = 0; i < 200; i++) {
            double p = 0.5 + random.nextDouble() * 0.4999;
            double df = 1 + random.nextInt(200) + random.nextDouble();
            assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-11));
            double q = 0.0001 + random.nextDouble() * 0.9998;
            assertThat(ChiSquared.cdf(ChiSquared.quantile(q, df), df)).isCloseTo(q, within(1e-11));
        }
    }

    @Test
    void twoSidedChiSquareOfOneDegreeOfFreedomIsTheNormalTail() {
        assertThat(ChiSquared.upperTail(1.959963984540054 * 1.959963984540054, 1)).isCloseTo(0.05, within(1e-15));
        assertThat(2 * (1 - NormalDistribution.cdf(3))).isCloseTo(ChiSquared.upperTail(9, 1), within(1e-15));
    }

    @Test
    void rejectsArgumentsOutOfRange() {
        assertThatThrownBy(() -> StudentT.quantile(0.975, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("degrees of freedom 0.0 are not positive");
        assertThatThrownBy(() -> ChiSquared.quantile(1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p 1.0 is out of range; expected 0 < p < 1");
        assertThatThrownBy(() -> SpecialFunctions.logGamma(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
