package org.msbiome.core.formulation;

import java.math.BigDecimal;
import java.util.Objects;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Decimals;

/**
 * The content of one countable unit of product: the mass of a capsule ("0.5 g") or the volume of a sachet's
 * liquid ("10 mL").
 *
 * @param value the mass or volume, positive
 * @param unit {@link DoseUnit#GRAM} or {@link DoseUnit#MILLILITRE}
 * @since 0.1.0
 */
public record UnitSize(BigDecimal value, DoseUnit unit) {
    /**
     * The largest unit size, 10 000 g or mL: one capsule, tablet or sachet of more than 10 kg is a unit of
     * something else, and the bound keeps every daily-dose computation small.
     */
    public static final BigDecimal MAXIMUM = BigDecimal.valueOf(10_000);

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the value is not positive or the unit is countable
     */
    public UnitSize {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("unit size " + Checks.quote(Decimals.describe(value) + " " + unit.code())
                    + " is not positive; expected a mass or volume like '0.5 g'");
        }
        if (value.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("unit size " + Checks.quote(Decimals.describe(value) + " " + unit.code())
                    + " is above " + MAXIMUM + "; expected the mass or volume of one capsule, tablet or sachet, like"
                    + " '0.5 g'");
        }
        if (unit.isCountable()) {
            throw new IllegalArgumentException("unit size is in " + Checks.quote(unit.code())
                    + ", which is counted, not measured; expected grams (g) or millilitres (mL)");
        }
        value = Decimals.requireBounded(value, "unit size");
    }

    /**
     * A mass in grams.
     *
     * @param grams the mass, a decimal number such as {@code "0.5"}
     * @return the unit size
     * @throws NullPointerException if {@code grams} is null
     * @throws NumberFormatException if it is not a decimal number
     * @throws IllegalArgumentException if it is not positive
     */
    public static UnitSize grams(String grams) {
        return new UnitSize(new BigDecimal(Objects.requireNonNull(grams, "grams")), DoseUnit.GRAM);
    }

    /**
     * A volume in millilitres.
     *
     * @param millilitres the volume, a decimal number such as {@code "100"}
     * @return the unit size
     * @throws NullPointerException if {@code millilitres} is null
     * @throws NumberFormatException if it is not a decimal number
     * @throws IllegalArgumentException if it is not positive
     */
    public static UnitSize millilitres(String millilitres) {
        return new UnitSize(new BigDecimal(Objects.requireNonNull(millilitres, "millilitres")), DoseUnit.MILLILITRE);
    }

    /**
     * The size as "0.5 g".
     *
     * @return the text
     */
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.code();
    }
}
