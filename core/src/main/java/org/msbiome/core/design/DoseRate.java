package org.msbiome.core.design;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Decimals;
import org.msbiome.core.internal.Periods;

/**
 * How much of an intervention is given per period, like 2 capsules per day: the "how much" of TIDieR
 * item 8 (https://doi.org/10.1186/s12874-017-0461-y).
 *
 * <p>The unit is the one the source reports: a countable form such as {@code capsule} or
 * {@code sachet}, or a UCUM code such as {@code [CFU]} or {@code mg}. How the amount is split into
 * administrations is given separately, by {@link Frequency}.
 *
 * @param amount the amount per period, greater than zero
 * @param unit the unit of the amount, as reported
 * @param per the period, longer than zero
 * @since 0.1.0
 */
public record DoseRate(BigDecimal amount, String unit, Period per) {

    /**
     * Strips the unit and removes trailing zeros from the amount.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive, the unit is blank, or the period is
     *     not longer than zero
     */
    public DoseRate {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("dose amount " + Checks.quote(Decimals.describe(amount))
                    + " must be greater than zero; expected like '2' (capsules per day)");
        }
        amount = Decimals.checkBounded(amount, "dose amount").stripTrailingZeros();
        unit = Checks.requireNonBlank(unit, "unit");
        per = Periods.requirePositive(per, "per");
    }

    /**
     * An amount per day.
     *
     * @throws IllegalArgumentException if the amount is not positive or the unit is blank
     */
    public static DoseRate perDay(BigDecimal amount, String unit) {
        return new DoseRate(amount, unit, Period.ofDays(1));
    }
}
