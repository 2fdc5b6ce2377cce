package org.msbiome.core.safety;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * The frequency above which non-serious ("other") adverse events are listed, in percent of participants
 * at risk in a group (ClinicalTrials.gov {@code frequencyThreshold}; CONSORT Harms 2022 asks for it when
 * only events above a threshold are reported). A threshold of 0 means every event is listed.
 *
 * @param percent the threshold, 0 to 100 percent
 * @since 0.1.0
 */
public record FrequencyThreshold(BigDecimal percent) {
    private static final Pattern TEXT = Pattern.compile("([0-9]{1,3}(?:\\.[0-9]{1,6})?)\\s*%?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates a threshold.
     *
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if {@code percent} has more than 6 decimals or 10 digits, or is not
     *     within 0 to 100
     */
    public FrequencyThreshold {
        Objects.requireNonNull(percent, "percent");
        // Bound the number's form before any arithmetic on it.
        if (percent.scale() > 6 || percent.scale() < -2 || percent.precision() > 10) {
            throw new IllegalArgumentException("frequency threshold " + Checks.quote(percent)
                    + " is not a percentage with at most 6 decimals; expected a number from 0 to 100, like 5");
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("frequency threshold " + Checks.quote(percent)
                    + " is not within 0 to 100 percent");
        }
    }

    /**
     * Reads a threshold as registries write it: {@code "5"} or {@code "5%"} (both mean 5 percent).
     *
     * @param text the text
     * @return the threshold
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a percentage from 0 to 100
     */
    public static FrequencyThreshold parse(String text) {
        Objects.requireNonNull(text, "text");
        var m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("frequency threshold " + Checks.quote(text)
                    + " is not a percentage; expected a number from 0 to 100, like '5' or '5%'");
        }
        return new FrequencyThreshold(new BigDecimal(m.group(1)));
    }
}
