package org.msbiome.core.effect;

import org.msbiome.core.internal.Codes;

/**
 * The direction of a reported change, as the paper states it, of the intervention group relative to
 * its {@link Comparison}: against placebo, a marker that rose by 1.0 on the probiotic and fell by 6.0 on
 * placebo {@link #INCREASED}. {@link #INCREASED} and {@link #DECREASED} are statistically significant
 * changes as reported; {@link #NO_SIGNIFICANT_CHANGE} is a difference that was not statistically
 * significant.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** The value went up, significantly as reported. */
    INCREASED("increased"),
    /** The value went down, significantly as reported. */
    DECREASED("decreased"),
    /** No statistically significant change was found. */
    NO_SIGNIFICANT_CHANGE("no-significant-change");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    /** The code of this value, as written in documents. */
    public String code() {
        return code;
    }

    /**
     * The value with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static Direction fromCode(String code) {
        return Codes.fromCode(Direction.values(), Direction::code, "direction", code);
    }
}
