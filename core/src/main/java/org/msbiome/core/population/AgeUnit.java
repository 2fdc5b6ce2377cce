package org.msbiome.core.population;

import org.msbiome.core.internal.Codes;

/**
 * The unit of an age limit of a {@link Population}: the age units of the ClinicalTrials.gov API v2
 * {@code minimumAge}/{@code maximumAge} pattern that name whole calendar units ("18 Years", "18 Months",
 * "27 Weeks", "3 Days"). An age limit is kept in the unit the source gives, never converted.
 *
 * @since 0.1.0
 */
public enum AgeUnit {
    /** Years; an age limit without a unit is in years (the only unit of format 1.0). */
    YEARS("years"),
    /** Months. */
    MONTHS("months"),
    /** Weeks. */
    WEEKS("weeks"),
    /** Days. */
    DAYS("days");

    private final String code;

    AgeUnit(String code) {
        this.code = code;
    }

    /** The code: {@code years}, {@code months}, {@code weeks} or {@code days}. */
    public String code() {
        return code;
    }

    /**
     * The constant with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no constant has this code; the message lists the valid codes
     */
    public static AgeUnit fromCode(String code) {
        return Codes.fromCode(AgeUnit.values(), AgeUnit::code, "age unit", code);
    }

    /** The fewest days {@code n} of this unit can span (a month 28 days, a year 365). */
    long fewestDays(long n) {
        return switch (this) {
            case YEARS -> 365 * n;
            case MONTHS -> 28 * n;
            case WEEKS -> 7 * n;
            case DAYS -> n;
        };
    }

    /** The most days {@code n} of this unit can span (a month 31 days, a year 366). */
    long mostDays(long n) {
        return switch (this) {
            case YEARS -> 366 * n;
            case MONTHS -> 31 * n;
            case WEEKS -> 7 * n;
            case DAYS -> n;
        };
    }

    /**
     * Whether an age of {@code a} in unit {@code aUnit} is certainly above {@code b} in unit {@code bUnit}:
     * compared exactly within a unit and between years and months, and otherwise only when the shortest
     * span of {@code a} is longer than the longest span of {@code b}.
     *
     * @throws NullPointerException if a unit is null
     * @since 0.1.0
     */
    public static boolean above(long a, AgeUnit aUnit, long b, AgeUnit bUnit) {
        if (aUnit == bUnit) {
            return a > b;
        }
        if ((aUnit == YEARS || aUnit == MONTHS) && (bUnit == YEARS || bUnit == MONTHS)) {
            return (aUnit == YEARS ? 12 * a : a) > (bUnit == YEARS ? 12 * b : b);
        }
        return aUnit.fewestDays(a) > bUnit.mostDays(b);
    }
}
