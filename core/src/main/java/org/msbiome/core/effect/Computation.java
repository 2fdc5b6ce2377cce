package org.msbiome.core.effect;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Codes;

/**
 * How an effect size was computed, so that a reader can tell which of the variants meta-analysts use a
 * number is: the measure, the bias correction, the sampling-variance formula, how each group's SD was
 * obtained, the continuity correction added to 2×2 cells, and how the confidence interval was formed.
 *
 * @param measure the effect measure
 * @param biasCorrection the small-sample bias correction
 * @param varianceFormula the sampling-variance formula
 * @param treatmentSd how the treatment group's SD was obtained (empty for 2×2 measures)
 * @param controlSd how the control group's SD was obtained (empty for 2×2 measures)
 * @param continuityCorrection the number added to each cell of a 2×2 table (0 when none was added)
 * @param interval how the confidence interval was formed
 * @since 0.1.0
 */
public record Computation(
        EffectMeasure measure,
        BiasCorrection biasCorrection,
        VarianceFormula varianceFormula,
        Optional<SdConversion> treatmentSd,
        Optional<SdConversion> controlSd,
        double continuityCorrection,
        IntervalMethod interval) {
    /**
     * Creates a description.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the continuity correction is negative or not finite
     */
    public Computation {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(biasCorrection, "biasCorrection");
        Objects.requireNonNull(varianceFormula, "varianceFormula");
        Objects.requireNonNull(treatmentSd, "treatmentSd");
        Objects.requireNonNull(controlSd, "controlSd");
        Objects.requireNonNull(interval, "interval");
        if (!(continuityCorrection >= 0 && Double.isFinite(continuityCorrection))) {
            throw new IllegalArgumentException("continuityCorrection " + Checks.quote(continuityCorrection)
                    + " is not a non-negative number");
        }
    }

    /**
     * How a confidence interval of a computed effect was formed.
     *
     * @since 0.1.0
     */
    public enum IntervalMethod {
        /**
         * Wald interval on the scale of the effect: y ± z·√v, with z the two-sided standard normal critical
         * value (1.959964 for 95%), as metafor's {@code summary.escalc}.
         */
        WALD_NORMAL("wald-normal");

        private final String code;

        IntervalMethod(String code) {
            this.code = code;
        }

        /** The code of this value, as written in documents. */
        public String code() {
            return code;
        }

        /**
         * The value with this code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if there is none; the message lists the codes
         */
        public static IntervalMethod fromCode(String code) {
            return Codes.fromCode(IntervalMethod.values(), IntervalMethod::code, "interval method", code);
        }
    }
}
