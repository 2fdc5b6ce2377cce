package org.msbiome.core.diversity;

import java.util.Objects;
import java.util.Optional;

/**
 * One alpha-diversity value with the variant that produced it: the measure (including the Chao1 formula actually
 * applied) and, for Shannon's index, the logarithm's base.
 *
 * @param measure the measure
 * @param base the logarithm's base; present exactly for {@link AlphaMeasure#SHANNON}
 * @param value the value; NaN where {@link AlphaMeasure} documents it (an empty sample for the proportion-based
 *     measures, ACE with only singletons among the rare features)
 * @since 0.1.0
 */
public record AlphaResult(AlphaMeasure measure, Optional<LogBase> base, double value) {
    /**
     * Checks the form.
     *
     * @throws NullPointerException if {@code measure} or {@code base} is null
     * @throws IllegalArgumentException if a base is given for a measure other than Shannon's, or missing for
     *     Shannon's; or the value is infinite or negative
     */
    public AlphaResult {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(base, "base");
        if (base.isPresent() != (measure == AlphaMeasure.SHANNON)) {
            throw new IllegalArgumentException("a logarithm base is recorded for Shannon's index only, got "
                    + measure.code() + " with base " + base.map(LogBase::code).orElse("none"));
        }
        if (Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException("an alpha diversity is finite and non-negative, got " + value);
        }
    }
}
