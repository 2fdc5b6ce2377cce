package org.msbiome.core.effect;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * The spread published with a group mean: a standard deviation, a standard error, a confidence interval
 * of the mean, or a "±" value whose kind the paper does not state.
 *
 * @since 0.1.0
 */
public sealed interface Spread
        permits Spread.StandardDeviation, Spread.StandardError, Spread.IntervalOfMean, Spread.Unspecified {

    /**
     * A standard deviation.
     *
     * @param value the SD; a value of 0 or less violates {@link Positive}
     * @since 0.1.0
     */
    record StandardDeviation(@Positive double value) implements Spread {}

    /**
     * A standard error of the mean.
     *
     * @param value the SE; a value of 0 or less violates {@link Positive}
     * @since 0.1.0
     */
    record StandardError(@Positive double value) implements Spread {}

    /**
     * A confidence interval of the mean.
     *
     * @param interval the interval
     * @since 0.1.0
     */
    record IntervalOfMean(@Valid ConfidenceInterval interval) implements Spread {
        /**
         * Creates the spread.
         *
         * @throws NullPointerException if {@code interval} is null
         */
        public IntervalOfMean {
            Objects.requireNonNull(interval, "interval");
        }
    }

    /**
     * A "±" value published without saying whether it is an SD or an SE; kept as published and never
     * converted.
     *
     * @param value the number after "±"
     * @since 0.1.0
     */
    record Unspecified(@Positive double value) implements Spread {}
}
