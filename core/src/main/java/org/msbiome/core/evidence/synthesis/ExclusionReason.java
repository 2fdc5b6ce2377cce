package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * Why a study was left out of a pooling.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ExclusionReason {
    /** The study's publication has been retracted, and the caller did not include retracted studies. */
    RETRACTED("retracted"),
    /**
     * The finding is a change from baseline within the intervention group, not a difference between
     * groups; pooling it with between-group effects would mix two different quantities.
     */
    WITHIN_GROUP_CHANGE("within-group-change"),
    /** The finding's source names no comparator, so it is not known to be a difference between groups. */
    COMPARATOR_NOT_STATED("comparator-not-stated");

    private final String code;

    ExclusionReason(String code) {
        this.code = code;
    }

    /**
     * The code, lower-case kebab.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The reason with this code.
     *
     * @param code the code
     * @return the reason
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no reason has this code; the message lists the valid codes
     */
    public static ExclusionReason fromCode(String code) {
        return Codes.fromCode(values(), ExclusionReason::code, "exclusion reason", code);
    }
}
