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
    REML("REML");

    private final String code;

    PoolingMethod(String code) {
        this.code = code;
    }

    /**
     * The metafor method name: {@code FE}, {@code DL} or {@code REML}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether this is a random-effects method (it estimates τ² and gives a prediction interval).
     *
     * @return true for DerSimonian–Laird and REML
     */
    public boolean isRandomEffects() {
        return this != FIXED_EFFECT;
    }

    /**
     * The method with this metafor name (exact, case-sensitive).
     *
     * @param code {@code FE}, {@code DL} or {@code REML}
     * @return the method
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no method has this code; the message lists the valid codes
     */
    public static PoolingMethod fromCode(String code) {
        return Codes.fromCode(values(), PoolingMethod::code, "pooling method", code);
    }
}
