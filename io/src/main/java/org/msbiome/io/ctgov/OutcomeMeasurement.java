package org.msbiome.io.ctgov;

import java.util.Objects;
import java.util.Optional;

/**
 * One measurement of an outcome measure in one group, class and category, with its values as the record
 * gives them (text: the registry writes numbers as strings, and "NA" where there is none).
 *
 * @param group the outcome group's identifier, like {@code OG000}
 * @param classTitle the title of the measure class; empty when the class has none
 * @param category the title of the category; empty when it has none
 * @param value the value
 * @param spread the spread (SD, SE, ...) as the measure's dispersion type says; empty when none
 * @param lowerLimit the lower limit (of a range, an IQR or an interval); empty when none
 * @param upperLimit the upper limit; empty when none
 * @param participants the number analysed in the group (the measure's first denominator); empty when not given
 * @since 0.1.0
 */
public record OutcomeMeasurement(
        String group,
        Optional<String> classTitle,
        Optional<String> category,
        String value,
        Optional<String> spread,
        Optional<String> lowerLimit,
        Optional<String> upperLimit,
        Optional<Integer> participants) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the group or the value is blank
     */
    public OutcomeMeasurement {
        group = Texts.requireNonBlank(group, "group");
        Objects.requireNonNull(classTitle, "classTitle");
        Objects.requireNonNull(category, "category");
        value = Texts.requireNonBlank(value, "value");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(lowerLimit, "lowerLimit");
        Objects.requireNonNull(upperLimit, "upperLimit");
        Objects.requireNonNull(participants, "participants");
    }
}
