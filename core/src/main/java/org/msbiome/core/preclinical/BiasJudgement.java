package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * A risk-of-bias judgement on one SYRCLE entry: low, high or unclear (Hooijmans et al. 2014;
 * https://pmc.ncbi.nlm.nih.gov/articles/PMC4230647/table/T2).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum BiasJudgement {
    /** Low risk of bias. */
    LOW("low"),
    /** High risk of bias. */
    HIGH("high"),
    /** Unclear risk of bias. */
    UNCLEAR("unclear");

    private final String code;

    BiasJudgement(String code) {
        this.code = code;
    }

    /** The code, lower case, like {@code unclear}. */
    public String code() {
        return code;
    }

    /**
     * The judgement with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no judgement has this code; the message lists the valid codes
     */
    public static BiasJudgement fromCode(String code) {
        return Codes.fromCode(BiasJudgement.values(), BiasJudgement::code, "bias judgement", code);
    }
}
