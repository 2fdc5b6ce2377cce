package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * The form of Egger's regression test for funnel-plot asymmetry; codes are the {@code model} names of
 * metafor's {@code regtest}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum EggerModel {
    /**
     * The meta-regression form (metafor's default {@code model = "rma"}): the pooling's model (its τ²
     * estimator and test) with the standard error √vᵢ as moderator, yᵢ = b₀ + b₁√vᵢ; b₁ is tested with the
     * pooling's test (z, or t on k − 2 degrees of freedom under Knapp–Hartung).
     */
    RMA("rma"),
    /**
     * The classical form (Egger et al. 1997, BMJ 315:629–634; metafor {@code model = "lm"}): weighted least
     * squares of yᵢ on √vᵢ with weights 1/vᵢ and the residual variance estimated, b₁ tested with t on k − 2
     * degrees of freedom (equivalently, the intercept of yᵢ/√vᵢ regressed on 1/√vᵢ).
     */
    LM("lm");

    private final String code;

    EggerModel(String code) {
        this.code = code;
    }

    /**
     * The metafor name.
     *
     * @return {@code rma} or {@code lm}
     */
    public String code() {
        return code;
    }

    /**
     * The model with this metafor name.
     *
     * @param code {@code rma} or {@code lm}
     * @return the model
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no model has this code
     */
    public static EggerModel fromCode(String code) {
        return Codes.fromCode(values(), EggerModel::code, "Egger model", code);
    }
}
