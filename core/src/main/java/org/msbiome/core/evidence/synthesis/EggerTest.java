package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of Egger's regression test for funnel-plot asymmetry (metafor {@code regtest}): the
 * coefficient b₁ of the standard error in yᵢ = b₀ + b₁√vᵢ, its test, and the limit estimate b₀ (the
 * expected effect of a study with standard error 0).
 *
 * @param model the form of the test
 * @param method the τ² estimator of the regression (the fixed-effect model for {@link EggerModel#LM})
 * @param test z, or t ({@link SignificanceTest#KNAPP_HARTUNG} for the Knapp–Hartung form; the {@code lm}
 *     form always uses t and is recorded as {@link SignificanceTest#KNAPP_HARTUNG}, whose residual-variance
 *     scaling it shares)
 * @param coefficient b₁
 * @param standardError the standard error of b₁
 * @param statistic b₁ divided by its standard error
 * @param degreesOfFreedom k − 2 for a t statistic; empty for a z statistic
 * @param pValue the two-sided p-value
 * @param limitEstimate b₀
 * @param convergence how the regression's τ² was found
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record EggerTest(
        EggerModel model,
        PoolingMethod method,
        SignificanceTest test,
        double coefficient,
        double standardError,
        double statistic,
        Optional<Integer> degreesOfFreedom,
        double pValue,
        double limitEstimate,
        Convergence convergence) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the p-value is outside [0, 1], or the degrees of freedom are
     *     present for a z-test or missing for a t-test
     */
    public EggerTest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(degreesOfFreedom, "degreesOfFreedom");
        Objects.requireNonNull(convergence, "convergence");
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue " + pValue + " is out of range; expected 0 to 1");
        }
        if ((test == SignificanceTest.Z) == degreesOfFreedom.isPresent()) {
            throw new IllegalArgumentException("degreesOfFreedom must be given exactly for a t statistic");
        }
    }
}
