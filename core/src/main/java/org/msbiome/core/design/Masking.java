package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * The masking (blinding) of a trial: ClinicalTrials.gov API v2 `DesignMasking` (ClinicalTrials.gov API v2.0.5 (OpenAPI schema `DesignMasking`). Who is masked is listed separately, as {@link WhoMasked} values.
 *
 * @since 0.1.0
 */
public enum Masking {
    /** No masking (open label). */
    NONE,
    /** Single masking. */
    SINGLE,
    /** Double masking. */
    DOUBLE,
    /** Triple masking. */
    TRIPLE,
    /** Quadruple masking. */
    QUADRUPLE;

    /** The ClinicalTrials.gov API v2 enum value, identical to the constant's name. */
    public String code() {
        return name();
    }

    /**
     * The constant with this ClinicalTrials.gov API v2 value (exact, upper case).
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has this code; the message lists the valid codes
     */
    public static Masking fromCode(String code) {
        return Codes.fromCode(Masking.values(), Masking::code, "masking", code);
    }
}
