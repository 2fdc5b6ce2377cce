package org.msbiome.core.evidence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A calendar date known to the precision the source gives: a year ({@code 2024}), a month
 * ({@code 2024-07}) or a day ({@code 2024-07-05}). A source that gives only the year is stored as a
 * year, never as an invented first of January.
 *
 * <p>Because a year or a month is a span of days, two partial dates are ordered only when their spans do
 * not overlap: see {@link #earliest()}, {@link #latest()} and {@link #isCertainlyBefore(PartialDate)}.
 * The text form ({@code toString()}, {@link #parse(String)}) is ISO 8601 at the given precision.
 *
 * @since 0.1.0
 */
public sealed interface PartialDate permits PartialDate.OfYear, PartialDate.OfMonth, PartialDate.OfDay {

    /**
     * The first day the date can stand for.
     *
     * @return the first day of the year or month, or the day itself
     */
    LocalDate earliest();

    /**
     * The last day the date can stand for.
     *
     * @return the last day of the year or month, or the day itself
     */
    LocalDate latest();

    /**
     * Whether this date is before {@code other} whatever days they stand for: this date's
     * {@linkplain #latest() last day} is before the other's {@linkplain #earliest() first day}.
     *
     * @param other the date to compare with
     * @return true if every day of this date precedes every day of {@code other}
     */
    default boolean isCertainlyBefore(PartialDate other) {
        return latest().isBefore(other.earliest());
    }

    /**
     * A date known to the year.
     *
     * @param year the year
     * @return the partial date
     * @throws NullPointerException if {@code year} is null
     */
    static PartialDate of(Year year) {
        return new OfYear(year);
    }

    /**
     * A date known to the year.
     *
     * @param year the year, as in {@link Year#of(int)}
     * @return the partial date
     * @throws java.time.DateTimeException if the year is out of {@link Year}'s range
     */
    static PartialDate ofYear(int year) {
        return new OfYear(Year.of(year));
    }

    /**
     * A date known to the month.
     *
     * @param month the month
     * @return the partial date
     * @throws NullPointerException if {@code month} is null
     */
    static PartialDate of(YearMonth month) {
        return new OfMonth(month);
    }

    /**
     * A date known to the day.
     *
     * @param day the day
     * @return the partial date
     * @throws NullPointerException if {@code day} is null
     */
    static PartialDate of(LocalDate day) {
        return new OfDay(day);
    }

    /**
     * Parses an ISO 8601 calendar date at year, month or day precision: {@code 2024}, {@code 2024-07} or
     * {@code 2024-07-05} (four-digit years); surrounding white space is removed.
     *
     * @param text the text to parse
     * @return the partial date at the precision of the text
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is none of the three forms, or names no real date
     */
    static PartialDate parse(String text) {
        String date = Checks.requireNonBlank(text, "date");
        try {
            if (date.matches("[0-9]{4}")) {
                return of(Year.parse(date));
            }
            if (date.matches("[0-9]{4}-[0-9]{2}")) {
                return of(YearMonth.parse(date));
            }
            if (date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return of(LocalDate.parse(date));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date " + Checks.quote(text) + " is not a real date; "
                    + whyNotReal(date), e);
        }
        throw new IllegalArgumentException("date " + Checks.quote(text)
                + " is not an ISO 8601 year, month or day; expected a form like '2024', '2024-07' or '2024-07-05'");
    }

    /** Why a date of the right form names no real date, in words (never java.time's message). */
    private static String whyNotReal(String date) {
        int month = Integer.parseInt(date.substring(5, 7));
        if (month < 1 || month > 12) {
            return "month " + date.substring(5, 7) + " is not 01 to 12";
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(date.substring(0, 4)), month);
        return date.substring(0, 7) + " has no day " + date.substring(8) + "; it has days 01 to "
                + yearMonth.lengthOfMonth();
    }

    /**
     * A date known to the year only.
     *
     * @param year the year
     * @since 0.1.0
     */
    record OfYear(Year year) implements PartialDate {
        /**
         * Checks the year.
         *
         * @param year the year
         * @throws NullPointerException if {@code year} is null
         */
        public OfYear {
            Objects.requireNonNull(year, "year");
        }

        @Override
        public LocalDate earliest() {
            return year.atDay(1);
        }

        @Override
        public LocalDate latest() {
            return year.atMonth(12).atEndOfMonth();
        }

        /** The year, like {@code 2024}. */
        @Override
        public String toString() {
            return year.toString();
        }
    }

    /**
     * A date known to the month.
     *
     * @param month the month of a year
     * @since 0.1.0
     */
    record OfMonth(YearMonth month) implements PartialDate {
        /**
         * Checks the month.
         *
         * @param month the month of a year
         * @throws NullPointerException if {@code month} is null
         */
        public OfMonth {
            Objects.requireNonNull(month, "month");
        }

        @Override
        public LocalDate earliest() {
            return month.atDay(1);
        }

        @Override
        public LocalDate latest() {
            return month.atEndOfMonth();
        }

        /** The month, like {@code 2024-07}. */
        @Override
        public String toString() {
            return month.toString();
        }
    }

    /**
     * A date known to the day.
     *
     * @param day the day
     * @since 0.1.0
     */
    record OfDay(LocalDate day) implements PartialDate {
        /**
         * Checks the day.
         *
         * @param day the day
         * @throws NullPointerException if {@code day} is null
         */
        public OfDay {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public LocalDate earliest() {
            return day;
        }

        @Override
        public LocalDate latest() {
            return day;
        }

        /** The day, like {@code 2024-07-05}. */
        @Override
        public String toString() {
            return day.toString();
        }
    }
}
