package org.msbiome.core.internal;

import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks for {@link Period} values used as durations.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Periods {
    private Periods() {}

    /**
     * Returns {@code period} if it is longer than zero.
     *
     * @throws NullPointerException if {@code period} is null, naming {@code field}
     * @throws IllegalArgumentException if {@code period} is zero or has a negative part, naming {@code field}
     */
    public static Period requirePositive(@Nullable Period period, String field) {
        Objects.requireNonNull(period, field);
        if (period.isZero() || period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            throw new IllegalArgumentException(field + " " + Checks.quote(period)
                    + " must be longer than zero and have no negative part; expected like 'P12W' or 'P4M'");
        }
        return period;
    }
}
