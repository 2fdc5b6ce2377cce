package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * A part of a {@link TrialDesign} that a registry or a paper can leave out, as a key of
 * {@link TrialDesign#absent()}. The codes are the JSON names of the parts.
 *
 * @since 0.1.0
 */
public enum DesignPart {
    /** {@link TrialDesign#arms()}. */
    ARMS("arms"),
    /** {@link TrialDesign#interventions()}. */
    INTERVENTIONS("interventions"),
    /** {@link TrialDesign#outcomes()}. */
    OUTCOMES("outcomes");

    private final String code;

    DesignPart(String code) {
        this.code = code;
    }

    /** The code, the part's JSON name: {@code arms}, {@code interventions} or {@code outcomes}. */
    public String code() {
        return code;
    }

    /**
     * The constant with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has this code; the message lists the valid codes
     */
    public static DesignPart fromCode(String code) {
        return Codes.fromCode(DesignPart.values(), DesignPart::code, "design part", code);
    }
}
