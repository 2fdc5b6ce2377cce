package org.msbiome.core.formulation;

import org.msbiome.core.internal.Codes;

/**
 * A unit that an amount is given per, and that is taken: a countable unit (capsule, tablet,
 * sachet) or a measured one (gram, millilitre).
 *
 * <p>Codes: {@code g} and {@code mL} are UCUM codes; the countable units, which UCUM has no atom for, have
 * lower-case names.
 *
 * @since 0.1.0
 */
public enum DoseUnit {
    /** One capsule. */
    CAPSULE("capsule", true),
    /** One tablet. */
    TABLET("tablet", true),
    /** One sachet. */
    SACHET("sachet", true),
    /** One gram (UCUM {@code g}). */
    GRAM("g", false),
    /** One millilitre (UCUM {@code mL}). */
    MILLILITRE("mL", false);

    private final String code;
    private final boolean countable;

    DoseUnit(String code, boolean countable) {
        this.code = code;
        this.countable = countable;
    }

    /**
     * Whether the unit is counted (capsule, tablet, sachet) rather than measured (g, mL).
     *
     * @return {@code true} for a countable unit
     */
    public boolean isCountable() {
        return countable;
    }

    /**
     * The code, e.g. {@code capsule}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The constant with the given code.
     *
     * @param code a code such as {@code capsule}
     * @return the constant
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has that code; the message lists the valid codes
     */
    public static DoseUnit fromCode(String code) {
        return Codes.fromCode(values(), DoseUnit::code, "dose unit", code);
    }
}
