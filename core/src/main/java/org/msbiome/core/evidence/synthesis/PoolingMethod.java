package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * How effects are pooled; codes are the {@code method} names of the R package metafor's {@code rma()}
 * (https://wviechtb.github.io/metafor/reference/rma.uni.html).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum PoolingMethod {
    /**
     * Fixed effect: inverse-variance weights {@code wᵢ = 1/vᵢ}; assumes one true effect (τ² = 0).
     */
    FIXED_EFFECT("FE"),
    /**
     * Random effects with the DerSimonian–Laird moment estimator of τ² (DerSimonian &amp; Laird 1986,
     * Control Clin Trials 7(3):177–188): {@code τ² = max(0, (Q − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ))}.
     */
    DERSIMONIAN_LAIRD("DL"),
    /**
     * Random effects with the restricted maximum-likelihood estimate of τ², found by Fisher scoring as in
     * metafor: start from the Hedges estimate, stop when τ² changes by less than 10⁻⁵, at most 100
     * iterations, τ² kept non-negative by step halving
     * (https://metafor-project.org/doku.php/tips:convergence_problems_rma).
     */
    REML("REML"),
    /**
     * Random effects with the Hunter–Schmidt estimator (Hunter &amp; Schmidt 2004, Methods of
     * Meta-Analysis, 2nd ed.; metafor {@code "HS"}): {@code τ² = max(0, (Q − k) / Σwᵢ)} (k, not k − 1, as metafor 3.8-1; Viechtbauer 2005, J Educ Behav Stat 30(3):261–293).
     */
    HUNTER_SCHMIDT("HS"),
    /**
     * Random effects with the Hedges (variance component) estimator (Hedges &amp; Olkin 1985; metafor
     * {@code "HE"}): {@code τ² = max(0, Σ(yᵢ − ȳ)²/(k − 1) − Σvᵢ/k)}.
     */
    HEDGES("HE"),
    /**
     * Random effects with the Sidik–Jonkman estimator (Sidik &amp; Jonkman 2005, J Biopharm Stat
     * 15(5):823–838; metafor {@code "SJ"}): with τ₀² = Σ(yᵢ − ȳ)²/k and weights 1/(vᵢ + τ₀²),
     * {@code τ² = τ₀²·Q(τ₀²)/(k − 1)}, Q(τ²) the generalized Q.
     */
    SIDIK_JONKMAN("SJ"),
    /**
     * Random effects with the maximum-likelihood estimate of τ², by Fisher scoring as in metafor: start
     * from the Hedges estimate, step (y'PPy − Σwᵢ)/Σwᵢ², stop when τ² changes by at most 10⁻⁵, at most 100
     * iterations.
     */
    ML("ML"),
    /**
     * Random effects with the empirical Bayes (Morris 1983) estimate of τ², by Fisher scoring as in
     * metafor: start from the Hedges estimate, step (y'Py·k/(k − 1) − k)/Σwᵢ, stop when τ² changes by at
     * most 10⁻⁵, at most 100 iterations.
     */
    EMPIRICAL_BAYES("EB"),
    /**
     * Random effects with the Paule–Mandel estimate (Paule &amp; Mandel 1982, J Res Natl Bur Stand 87(5):377–385):
     * the τ² at which the generalized Q equals k − 1, found on [0, 100] by Brent's method as metafor (0 when
     * Q(0) &lt; k − 1).
     */
    PAULE_MANDEL("PM");

    private final String code;

    PoolingMethod(String code) {
        this.code = code;
    }

    /**
     * The metafor method name: {@code FE}, {@code DL}, {@code REML}, {@code HS}, {@code HE}, {@code SJ},
     * {@code ML}, {@code EB} or {@code PM}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether this is a random-effects method (it estimates τ² and gives a prediction interval).
     *
     * @return true for every method but the fixed-effect one
     */
    public boolean isRandomEffects() {
        return this != FIXED_EFFECT;
    }

    /**
     * The method with this metafor name (exact, case-sensitive).
     *
     * @param code a metafor method name, like {@code REML}
     * @return the method
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no method has this code; the message lists the valid codes
     */
    public static PoolingMethod fromCode(String code) {
        return Codes.fromCode(values(), PoolingMethod::code, "pooling method", code);
    }
}
