package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * The result of Duval and Tweedie's trim-and-fill (Duval &amp; Tweedie 2000, Biometrics 56(2):455–463;
 * metafor {@code trimfill}) with the L0 estimator: the side on which studies are missing, their estimated
 * number k0, the imputed studies (mirror images 2μ̂ − yᵢ of the k0 most extreme studies on the other side,
 * with their variances), and the pooling of the observed and imputed studies.
 *
 * @param <M> the type of the effect measure
 * @param side the side of the missing studies: as metafor, right when the slope of the
 *     {@linkplain EggerModel#RMA Egger regression} with the pooling's method is negative, left otherwise
 * @param missing k0, the estimated number of missing studies
 * @param filled the imputed studies, labelled {@code filled 1}, {@code filled 2}, …
 * @param summary the pooling of the observed and the imputed studies, with the original method and test
 * @param convergence the iteration of k0 (converged when k0 repeats, at most 100 iterations)
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TrimAndFill<M>(
        FunnelSide side, int missing, List<EffectEstimate> filled, PooledSummary<M> summary, Convergence convergence) {
    /** The estimator of k0. */
    public static final String ESTIMATOR = "L0";

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code missing} is negative or differs from the number of
     *     imputed studies
     */
    public TrimAndFill {
        Objects.requireNonNull(side, "side");
        filled = Checks.copyOf(filled, "filled");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(convergence, "convergence");
        if (missing < 0 || missing != filled.size()) {
            throw new IllegalArgumentException("missing " + missing + " does not match " + filled.size()
                    + " imputed studies");
        }
    }

    /**
     * The estimator of k0: {@value #ESTIMATOR}.
     *
     * @return {@value #ESTIMATOR}
     */
    public String estimator() {
        return ESTIMATOR;
    }
}
