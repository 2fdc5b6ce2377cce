package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * How a between-study variance τ² was found, and whether the search converged. Closed-form estimators
 * (FE, DL, HS, HE, SJ) need no iterations; Fisher scoring (ML, REML, EB) stops when τ² changes by at most
 * 10⁻⁵ between iterations, at most 100 iterations, as metafor's {@code threshold} and {@code maxiter};
 * Paule–Mandel solves Q(τ²) = k − p on [0, 100] by Brent's method with tolerance
 * {@code .Machine$double.eps^0.25}, as metafor's call of R's {@code uniroot}. A search that did not
 * converge is reported here, not thrown: its τ² is the last iterate, and {@link #converged()} is false.
 *
 * @param algorithm how τ² was computed, like {@code fisher-scoring}
 * @param criterion the stopping rule, in words
 * @param iterations the number of iterations (0 for a closed form)
 * @param converged whether the stopping rule was met
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Convergence(String algorithm, String criterion, int iterations, boolean converged) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank or iterations is negative
     */
    public Convergence {
        algorithm = Checks.requireNonBlank(algorithm, "algorithm");
        criterion = Checks.requireNonBlank(criterion, "criterion");
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations " + iterations + " is negative");
        }
    }

    /**
     * A closed-form computation: no iterations, always converged.
     *
     * @return the description
     */
    public static Convergence closedForm() {
        return new Convergence("closed-form", "none: computed directly", 0, true);
    }

    static Convergence fisherScoring(int iterations, boolean converged) {
        return new Convergence("fisher-scoring", "|change in tau2| <= 1e-5, at most 100 iterations",
                iterations, converged);
    }

    static Convergence root(int iterations, boolean converged) {
        return new Convergence("brent-root", "Q(tau2) = k - p on [0, 100], tolerance 2^-13 (R uniroot default)",
                iterations, converged);
    }
}
