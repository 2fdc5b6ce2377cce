package org.msbiome.core.formulation;

import org.msbiome.core.internal.Codes;

/**
 * The form a formulation is given in; each form is taken in one {@link DoseUnit}, its
 * {@linkplain #intakeUnit() intake unit}.
 *
 * @since 0.1.0
 */
public enum DeliveryForm {
    /** Capsules, taken by the capsule. */
    CAPSULE("capsule", DoseUnit.CAPSULE),
    /** Tablets, taken by the tablet. */
    TABLET("tablet", DoseUnit.TABLET),
    /** Sachets, taken by the sachet. */
    SACHET("sachet", DoseUnit.SACHET),
    /** Loose powder, taken by the gram. */
    POWDER("powder", DoseUnit.GRAM),
    /** Fermented milk (such as yoghurt or kefir), taken by the millilitre. */
    FERMENTED_MILK("fermented-milk", DoseUnit.MILLILITRE),
    /** Another liquid, taken by the millilitre. */
    LIQUID("liquid", DoseUnit.MILLILITRE);

    private final String code;
    private final DoseUnit intakeUnit;

    DeliveryForm(String code, DoseUnit intakeUnit) {
        this.code = code;
        this.intakeUnit = intakeUnit;
    }

    /**
     * The unit the form is taken in, e.g. {@link DoseUnit#CAPSULE} for capsules and {@link DoseUnit#MILLILITRE}
     * for fermented milk: "units per day" of a formulation count this unit.
     *
     * @return the intake unit
     */
    public DoseUnit intakeUnit() {
        return intakeUnit;
    }

    /**
     * The code, e.g. {@code fermented-milk}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The constant with the given code.
     *
     * @param code a code such as {@code fermented-milk}
     * @return the constant
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has that code; the message lists the valid codes
     */
    public static DeliveryForm fromCode(String code) {
        return Codes.fromCode(values(), DeliveryForm::code, "delivery form", code);
    }
}
