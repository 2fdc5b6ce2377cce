package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.effect.ConfidenceInterval;
import org.msbiome.core.internal.Checks;

/**
 * The result of pooling the effects of several studies on one outcome (see {@link MetaAnalysis} for the
 * formulas): the pooled estimate with its standard error and confidence interval, the heterogeneity
 * statistics Q, I² and τ², the prediction interval of a random-effects model, and which studies were
 * pooled and which were left out and why.
 *
 * @param <M> the type of the effect measure
 * @param measure the effect measure of every pooled effect
 * @param method how the effects were pooled: the τ² estimator
 * @param effects the pooled studies' labels, estimates and sampling variances, in input order; at least two
 * @param excluded the studies left out, in input order
 * @param estimate the pooled estimate μ̂
 * @param test how μ̂ is tested and its intervals formed: z, or Knapp–Hartung (t on k − 1 degrees of freedom)
 * @param standardError the standard error of μ̂, {@code sqrt(1 / Σwᵢ)} with the model's weights (times the
 *     Knapp–Hartung factor under that test)
 * @param confidenceInterval {@code μ̂ ± c · SE}, c the quantile at {@code (1 + level) / 2} of the standard
 *     normal (z-test) or of t with k − 1 degrees of freedom (Knapp–Hartung); its level is the summary's
 *     {@linkplain #confidenceLevel() confidence level}
 * @param statistic the test statistic μ̂/SE (z or t)
 * @param pValue the two-sided p-value of the statistic
 * @param convergence how τ² was found and whether the search converged (see {@link Convergence})
 * @param tau2 the between-study variance τ²: estimated for a random-effects model, 0 by assumption for the
 *     fixed-effect model
 * @param q Cochran's Q: {@code Σ (yᵢ − μ̂_FE)² / vᵢ} with the fixed-effect estimate, whatever the method
 * @param degreesOfFreedom {@code k − 1} for Q
 * @param qPValue the p-value of the test for heterogeneity, P(χ²(k − 1) &gt; Q) (metafor's {@code QEp})
 * @param i2 I² in percent (0 to 100): see {@link MetaAnalysis}
 * @param predictionInterval {@code μ̂ ± c · sqrt(SE² + τ²)} for a random-effects model, with the critical
 *     value c of the confidence interval, at the same level; empty for the fixed-effect model
 * @param heterogeneityIntervals the Q-profile intervals of τ² and I² of a random-effects model, at the same
 *     level; empty for the fixed-effect model, or when the upper bound of τ² lies beyond 100
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PooledSummary<M>(
        M measure,
        PoolingMethod method,
        SignificanceTest test,
        List<EffectEstimate> effects,
        List<ExcludedStudy> excluded,
        double estimate,
        double standardError,
        ConfidenceInterval confidenceInterval,
        double statistic,
        double pValue,
        double tau2,
        Convergence convergence,
        double q,
        int degreesOfFreedom,
        double qPValue,
        double i2,
        Optional<ConfidenceInterval> predictionInterval,
        Optional<HeterogeneityIntervals> heterogeneityIntervals) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     * @throws IllegalArgumentException if fewer than two studies are included, a statistic is out of its
     *     range, a prediction interval is present for the fixed-effect model or missing for a
     *     random-effects model, or its level differs from the confidence interval's
     */
    public PooledSummary {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(convergence, "convergence");
        Objects.requireNonNull(heterogeneityIntervals, "heterogeneityIntervals");
        effects = Checks.copyOf(effects, "effects");
        excluded = Checks.copyOf(excluded, "excluded");
        Objects.requireNonNull(confidenceInterval, "confidenceInterval");
        Objects.requireNonNull(predictionInterval, "predictionInterval");
        if (effects.size() < 2) {
            throw new IllegalArgumentException(
                    "effects has " + effects.size() + " studies; expected at least 2 pooled studies");
        }
        if (degreesOfFreedom != effects.size() - 1) {
            throw new IllegalArgumentException("degreesOfFreedom " + degreesOfFreedom + " does not match "
                    + effects.size() + " pooled studies; expected k - 1");
        }
        requireInRange("estimate", estimate, -Double.MAX_VALUE, Double.MAX_VALUE);
        requireInRange("standardError", standardError, Math.ulp(0.0), Double.MAX_VALUE);
        requireInRange("tau2", tau2, 0, Double.MAX_VALUE);
        requireInRange("q", q, 0, Double.MAX_VALUE);
        requireInRange("i2", i2, 0, 100);
        requireInRange("pValue", pValue, 0, 1);
        requireInRange("qPValue", qPValue, 0, 1);
        requireInRange("statistic", statistic, -Double.MAX_VALUE, Double.MAX_VALUE);
        if (!method.isRandomEffects() && tau2 != 0) {
            throw new IllegalArgumentException("tau2 " + tau2 + " is not 0; the fixed-effect model assumes tau2 = 0");
        }
        if (method.isRandomEffects() != predictionInterval.isPresent()) {
            throw new IllegalArgumentException("predictionInterval is " + (predictionInterval.isPresent() ? "present" : "missing")
                    + " for method " + method.code() + "; expected one exactly for a random-effects model");
        }
        if (!method.isRandomEffects() && heterogeneityIntervals.isPresent()) {
            throw new IllegalArgumentException("heterogeneityIntervals are present for the fixed-effect model");
        }
        if (predictionInterval.isPresent() && predictionInterval.get().level() != confidenceInterval.level()) {
            throw new IllegalArgumentException("predictionInterval level " + predictionInterval.get().level()
                    + " differs from the confidence level " + confidenceInterval.level() + "; expected the same level");
        }
    }

    /**
     * The level of the confidence and prediction intervals, like 0.95.
     *
     * @return the level of {@link #confidenceInterval()}
     */
    public double confidenceLevel() {
        return confidenceInterval.level();
    }

    /**
     * The number of pooled studies, k.
     *
     * @return the size of {@link #effects()}
     */
    public int studies() {
        return effects.size();
    }

    /**
     * The labels of the pooled studies, in input order.
     *
     * @return the labels of {@link #effects()}
     */
    public List<String> included() {
        return effects.stream().map(EffectEstimate::study).toList();
    }

    private static void requireInRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " " + value + " is out of range; expected " + min + " to " + max);
        }
    }
}
