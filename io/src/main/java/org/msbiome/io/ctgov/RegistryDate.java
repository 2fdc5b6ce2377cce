package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.evidence.PartialDate;

/**
 * A date as ClinicalTrials.gov API v2 reports it in a {@code PartialDateStruct}: a date as precise as the
 * record gives it ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, never completed with an invented
 * day), with its {@code type} when the record gives one (real records may leave it out, like
 * {@code "startDateStruct": {"date": "2015-08"}} in NCT02513394).
 *
 * @param date the date, at the precision of the record
 * @param type whether the date is actual or estimated, when reported
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RegistryDate(PartialDate date, Optional<DateType> type) {
    /**
     * Creates a registry date.
     *
     * @throws NullPointerException if a component is null
     */
    public RegistryDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
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
    public static RegistryDate parse(String text, Optional<DateType> type) {
        Objects.requireNonNull(type, "type");
        return new RegistryDate(PartialDate.parse(text), type);
    }

    /** The date as the source wrote it, with the type when there is one: {@code 2020-11 (ACTUAL)}. */
    @Override
    public String toString() {
        return date + type.map(t -> " (" + t.code() + ")").orElse("");
    }
}
