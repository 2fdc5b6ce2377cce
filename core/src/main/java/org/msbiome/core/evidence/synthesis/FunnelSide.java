package org.msbiome.core.evidence.synthesis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * The side of the funnel plot on which trim-and-fill imputes missing studies; codes are metafor's
 * {@code side} values.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum FunnelSide {
    /** Studies are missing left of the pooled estimate. */
    LEFT("left"),
    /** Studies are missing right of the pooled estimate. */
    RIGHT("right");

    private final String code;

    FunnelSide(String code) {
        this.code = code;
    }

    /**
     * The metafor name.
     *
     * @return {@code left} or {@code right}
     */
    public String code() {
        return code;
    }

    /**
     * The side with this name.
     *
     * @param code {@code left} or {@code right}
     * @return the side
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no side has this code
     */
    public static FunnelSide fromCode(String code) {
        return Codes.fromCode(values(), FunnelSide::code, "funnel side", code);
    }
}
