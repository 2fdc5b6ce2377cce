package org.msbiome.core.measure;

import java.math.BigDecimal;
import java.util.Objects;
import org.msbiome.core.internal.Decimals;

/**
 * A number with a unit, for example 12 {@code wk} or 2×10⁹ {@code [CFU]/g}. The value is a
 * {@link BigDecimal} so that a published number keeps the digits it was published with.
 *
 * @param value the number, as published
 * @param unit the UCUM unit
 * @since 0.1.0
 */
public record Quantity(BigDecimal value, UcumUnit unit) {
    /**
     * Creates a quantity.
     *
     * @throws NullPointerException if a component is null
     */
    public Quantity {
        Decimals.checkBounded(Objects.requireNonNull(value, "value"), "value");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * A quantity from a decimal text, such as {@code of("12", UcumUnit.WEEK)}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code value} is not a decimal number
     */
    public static Quantity of(String value, UcumUnit unit) {
        Objects.requireNonNull(value, "value");
        try {
            return new Quantity(new BigDecimal(value.strip()), unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "value " + org.msbiome.core.internal.Checks.quote(value) + " is not a decimal number; expected "
                            + "a number like '12' or '0.5'",
                    e);
        }
    }

    /**
     * A quantity from a whole number, such as {@code of(12, UcumUnit.WEEK)}.
     *
     * @throws NullPointerException if {@code unit} is null
     */
    public static Quantity of(long value, UcumUnit unit) {
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /** The value and the UCUM code, such as {@code 12 wk}. */
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.code();
    }
}
