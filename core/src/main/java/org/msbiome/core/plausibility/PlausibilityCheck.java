package org.msbiome.core.plausibility;

import org.msbiome.core.internal.Codes;

/**
 * Which check raised a {@link PlausibilityFlag}.
 *
 * @since 0.1.0
 */
public enum PlausibilityCheck {
    /** GRIM: the mean is not possible for n values on the grid. */
    GRIM("grim"),
    /** GRIMMER: the SD is not possible for that mean, n and grid. */
    GRIMMER("grimmer"),
    /** The SD is above the largest SD the bounded scale allows for that mean and n. */
    SD_BOUNDS("sd-bounds"),
    /** The "±" value is below the smallest SD the grid allows, so it cannot be an SD; it may be an SE. */
    SD_LOOKS_LIKE_SE("sd-looks-like-se");

    private final String code;

    PlausibilityCheck(String code) {
        this.code = code;
    }

    /** The code of this value, as written in documents and printed in flags. */
    public String code() {
        return code;
    }

    /**
     * The value with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if there is none; the message lists the codes
     */
    public static PlausibilityCheck fromCode(String code) {
        return Codes.fromCode(values(), PlausibilityCheck::code, "plausibility check", code);
    }
}
