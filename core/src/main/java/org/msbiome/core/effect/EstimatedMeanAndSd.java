package org.msbiome.core.effect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * A group's mean and SD estimated from another summary form by {@link SummaryConversions}, each with the
 * method that gave it.
 *
 * @param n the group size
 * @param mean the mean
 * @param standardDeviation the SD, positive
 * @param meanMethod how the mean was obtained
 * @param sdMethod how the SD was obtained
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record EstimatedMeanAndSd(
        int n, double mean, double standardDeviation, SummaryMethod meanMethod, SummaryMethod sdMethod) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a method is null
     * @throws IllegalArgumentException if n is below 1, the mean is not finite, or the SD is not a
     *     positive finite number
     */
    public EstimatedMeanAndSd {
        Objects.requireNonNull(meanMethod, "meanMethod");
        Objects.requireNonNull(sdMethod, "sdMethod");
        if (n < 1) {
            throw new IllegalArgumentException("n " + n + " is less than 1");
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean " + Checks.quote(mean) + " is not a finite number");
        }
        if (!(standardDeviation > 0 && Double.isFinite(standardDeviation))) {
            throw new IllegalArgumentException("standard deviation " + Checks.quote(standardDeviation)
                    + " is not a positive number");
        }
    }

    /**
     * This estimate as a mean with an SD, for {@link EffectSizes}. The summary records no method: keep
     * this record beside the effect to say how its numbers were obtained.
     *
     * @return the summary
     */
    public MeanSummary toMeanSummary() {
        return MeanSummary.ofSd(n, mean, standardDeviation);
    }
}
