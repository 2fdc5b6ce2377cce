package org.msbiome.core.effect;

import org.msbiome.core.internal.Checks;

/** Two-sided standard normal critical values for the usual confidence levels. */
final class Normal {
    private Normal() {}

    /** z for a 90% interval: the 0.95 quantile of the standard normal distribution. */
    static final double Z_90 = 1.6448536269514722;
    /** z for a 95% interval: the 0.975 quantile of the standard normal distribution. */
    static final double Z_95 = 1.959963984540054;
    /** z for a 99% interval: the 0.995 quantile of the standard normal distribution. */
    static final double Z_99 = 2.5758293035489004;

    static double criticalValue(double level) {
        if (level == 0.90) {
            return Z_90;
        }
        if (level == 0.95) {
            return Z_95;
        }
        if (level == 0.99) {
            return Z_99;
        }
        throw new IllegalStateException("confidence level " + Checks.quote(level)
                + " has no built-in critical value; expected 0.90, 0.95 or 0.99");
    }
}
