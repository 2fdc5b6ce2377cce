package org.msbiome.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalDistributionTest {

    /** Quantiles as R's qnorm() gives them. */
    @ParameterizedTest
    @CsvSource({"0.975, 1.959963984540054", "0.95, 1.6448536269514722", "0.995, 2.5758293035489004", "0.5, 0"})
    void reproducesKnownQuantiles(double p, double z) {
        assertThat(NormalDistribution.quantile(p)).isCloseTo(z, within(1e-13));
    }

    @Test
    void quantileInvertsTheDistributionFunction() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            double p = 0.5 + random.nextDouble() * 0.4999;
            assertThat(NormalDistribution.cdf(NormalDistribution.quantile(p))).isCloseTo(p, within(1e-14));
        }
        assertThat(NormalDistribution.cdf(-1.959963984540054)).isCloseTo(0.025, within(1e-15));
    }
}
