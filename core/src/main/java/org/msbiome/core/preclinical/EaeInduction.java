package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * How EAE is induced: by immunization with an antigen (active) or by transfer of primed T cells
 * (adoptive transfer).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum EaeInduction {
    /** Immunization with an antigen in adjuvant. */
    ACTIVE("active"),
    /** Transfer of encephalitogenic T cells from immunized donors. */
    ADOPTIVE_TRANSFER("adoptive-transfer");

    private final String code;

    EaeInduction(String code) {
        this.code = code;
    }

    /** The code, lower-case kebab, like {@code adoptive-transfer}. */
    public String code() {
        return code;
    }

    /**
     * The induction with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no induction has this code; the message lists the valid codes
     */
    public static EaeInduction fromCode(String code) {
        return Codes.fromCode(EaeInduction.values(), EaeInduction::code, "EAE induction", code);
    }
}
