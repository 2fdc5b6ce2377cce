package org.msbiome.core.design;

import java.time.Period;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.internal.Periods;

/**
 * How often an intervention is given, like twice a day: the "number of times" and "schedule" of TIDieR
 * item 8 (https://doi.org/10.1186/s12874-017-0461-y).
 *
 * @param times the number of administrations per period, at least 1
 * @param per the period, longer than zero
 * @since 0.1.0
 */
public record Frequency(int times, Period per) {

    /**
     * @throws NullPointerException if {@code per} is null
     * @throws IllegalArgumentException if {@code times} is less than 1 or the period is not longer than zero
     */
    public Frequency {
        if (times < 1) {
            throw new IllegalArgumentException("frequency times " + Checks.quote(times)
                    + " is less than 1; expected like 2 (times per day)");
        }
        per = Periods.requirePositive(per, "per");
    }

    /**
     * The given number of times a day.
     *
     * @throws IllegalArgumentException if {@code times} is less than 1
     */
    public static Frequency timesPerDay(int times) {
        return new Frequency(times, Period.ofDays(1));
    }
}
