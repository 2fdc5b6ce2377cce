package org.msbiome.core.formulation;

import org.msbiome.core.internal.Codes;

/**
 * A fact a daily dose needs that a description did not give.
 *
 * @since 0.1.0
 */
public enum MissingFact {
    /** The mass of one countable unit (grams per capsule), needed when the strength is per gram. */
    UNIT_MASS("unit-mass"),
    /** The volume of one countable unit (millilitres per sachet), needed when the strength is per millilitre. */
    UNIT_VOLUME("unit-volume"),
    /** The density, needed when the strength is per gram but the intake is measured in millilitres, or the reverse. */
    DENSITY("density"),
    /** How many units (capsules, sachets, grams, millilitres) are taken per day. */
    UNITS_PER_DAY("units-per-day");


    private final String code;

    MissingFact(String code) {
        this.code = code;
    }

    /**
     * The code, e.g. {@code units-per-day}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The constant with the given code.
     *
     * @param code a code such as {@code units-per-day}
     * @return the constant
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has that code; the message lists the valid codes
     */
    public static MissingFact fromCode(String code) {
        return Codes.fromCode(values(), MissingFact::code, "missing fact", code);
    }
}
