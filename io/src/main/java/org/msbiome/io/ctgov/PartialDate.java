package org.msbiome.io.ctgov;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as ClinicalTrials.gov API v2 reports it: {@code PartialDate} ({@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd}), with the {@code type} of a {@code PartialDateStruct} when the record gives one
 * (real records may leave it out, like {@code "startDateStruct": {"date": "2015-08"}} in NCT02513394).
 *
 * @param date a {@link Year}, {@link YearMonth} or {@link LocalDate}: as precise as the source
 * @param type whether the date is actual or estimated, when reported
 * @since 0.1.0
 */
public record PartialDate(Temporal date, Optional<DateType> type) {
    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /**
     * Checks the precision.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the date is not a {@code Year}, {@code YearMonth} or {@code LocalDate}
     */
    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (!(date instanceof Year || date instanceof YearMonth || date instanceof LocalDate)) {
            throw new IllegalArgumentException("date '" + date + "' is a " + date.getClass().getSimpleName()
                    + "; expected a Year, YearMonth or LocalDate");
        }
    }

    /**
     * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @param text the date text
     * @param type whether the date is actual or estimated, when reported
     * @return the date
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is not one of the three forms, or not a calendar date
     */
    public static PartialDate parse(String text, Optional<DateType> type) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (!FORM.matcher(t).matches()) {
            throw new IllegalArgumentException("date '" + text + "' is not yyyy, yyyy-MM or yyyy-MM-dd;"
                    + " expected like '2015-08' or '2015-07-29'");
        }
        try {
            Temporal date = switch (t.length()) {
                case 4 -> Year.parse(t);
                case 7 -> YearMonth.parse(t);
                default -> LocalDate.parse(t);
            };
            return new PartialDate(date, type);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + text + "' is not a calendar date; expected like '2015-07-29'", e);
        }
    }

    /** The date as the source wrote it, with the type when there is one: {@code 2020-11 (ACTUAL)}. */
    @Override
    public String toString() {
        return date + type.map(t -> " (" + t.code() + ")").orElse("");
    }
}
