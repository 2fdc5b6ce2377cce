package org.msbiome.core.effect;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * A group mean with its spread, as published: for example "−0.3 ± 0.6 (n = 30)" with the ± an SD.
 *
 * <p>{@link #standardDeviation()} gives the SD that effect sizes use, converting an SE or a confidence
 * interval when that is what was published; {@link #sdConversion()} says which conversion that was.
 *
 * @param n the group size, when published; less than 1 violates {@link Min}
 * @param mean the mean
 * @param spread the spread published with the mean
 * @since 0.1.0
 */
public record MeanSummary(Optional<@Min(1) Integer> n, double mean, @Valid Spread spread) implements GroupSummary {
    /**
     * Creates a summary.
     *
     * @throws NullPointerException if {@code n} or {@code spread} is null
     * @throws IllegalArgumentException if {@code mean} is not a finite number
     */
    public MeanSummary {
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(spread, "spread");
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean " + Checks.quote(mean) + " is not a finite number");
        }
    }

    /**
     * A mean with its standard deviation.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite
     */
    public static MeanSummary ofSd(int n, double mean, double sd) {
        return new MeanSummary(Optional.of(n), mean, new Spread.StandardDeviation(sd));
    }

    /**
     * A mean with its standard error.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite
     */
    public static MeanSummary ofSe(int n, double mean, double se) {
        return new MeanSummary(Optional.of(n), mean, new Spread.StandardError(se));
    }

    /**
     * A mean with a confidence interval of the mean.
     *
     * @throws NullPointerException if {@code interval} is null
     * @throws IllegalArgumentException if {@code mean} is not finite
     */
    public static MeanSummary ofInterval(int n, double mean, ConfidenceInterval interval) {
        return new MeanSummary(Optional.of(n), mean, new Spread.IntervalOfMean(interval));
    }

    /**
     * A mean "± value" whose kind (SD or SE) and group size the paper does not state; kept as published.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite
     */
    public static MeanSummary ofPlusMinus(double mean, double plusMinus) {
        return new MeanSummary(Optional.empty(), mean, new Spread.Unspecified(plusMinus));
    }

    /**
     * A mean "± value" with a published group size, whose kind (SD or SE) the paper does not state; kept
     * as published.
     *
     * @param n the group size
     * @param mean the mean
     * @param plusMinus the number after "±"
     * @return the summary
     * @throws IllegalArgumentException if {@code mean} is not finite
     */
    public static MeanSummary ofPlusMinus(int n, double mean, double plusMinus) {
        return new MeanSummary(Optional.of(n), mean, new Spread.Unspecified(plusMinus));
    }

    /**
     * The standard deviation: as published, or converted as {@link #sdConversion()} says
     * (Cochrane Handbook 6.5.2.2: SD = SE·√n; SD = √n·(upper − lower)/(2z)).
     *
     * @throws IllegalStateException if the spread's kind is unspecified, or if a conversion needs n and the
     *     summary has none
     */
    public double standardDeviation() {
        if (spread instanceof Spread.StandardDeviation sd) {
            return sd.value();
        }
        if (spread instanceof Spread.StandardError se) {
            return se.value() * Math.sqrt(requireN("a standard error"));
        }
        if (spread instanceof Spread.IntervalOfMean ci) {
            ConfidenceInterval interval = ci.interval();
            return Math.sqrt(requireN("a confidence interval"))
                    * (interval.upper() - interval.lower())
                    / (2 * interval.normalCriticalValue());
        }
        throw unconvertible();
    }

    /**
     * How {@link #standardDeviation()} is obtained from the published spread.
     *
     * @throws IllegalStateException if the spread's kind is unspecified
     */
    public SdConversion sdConversion() {
        if (spread instanceof Spread.StandardDeviation) {
            return SdConversion.AS_PUBLISHED;
        }
        if (spread instanceof Spread.StandardError) {
            return SdConversion.FROM_STANDARD_ERROR;
        }
        if (spread instanceof Spread.IntervalOfMean) {
            return SdConversion.FROM_CONFIDENCE_INTERVAL_NORMAL;
        }
        throw unconvertible();
    }

    private IllegalStateException unconvertible() {
        return new IllegalStateException("spread ± " + ((Spread.Unspecified) spread).value()
                + " is not stated to be an SD or an SE; no standard deviation can be derived");
    }

    int requireN(String what) {
        return n.orElseThrow(() -> new IllegalStateException(
                "group size n is not given; it is needed to derive a standard deviation from " + what));
    }
}
