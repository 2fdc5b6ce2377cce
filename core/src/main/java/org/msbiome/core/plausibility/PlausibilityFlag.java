package org.msbiome.core.plausibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A reported statistic that a check found impossible under the check's assumptions: which check, why,
 * the numbers behind it, and what it assumed. A flag is not a verdict: an adjusted or imputed mean, or a
 * grid that is not the scale's, breaks the assumption and with it the flag.
 *
 * @param check the check that raised the flag
 * @param reason why, in one sentence with the numbers
 * @param numbers the numbers behind the reason, by name (such as {@code "minimum SD" -> "0.102"}), in
 *     the order they are explained
 * @param assumption what the check assumed of the reported numbers
 * @since 0.1.0
 */
public record PlausibilityFlag(PlausibilityCheck check, String reason, Map<String, String> numbers, String assumption) {
    /**
     * Creates a flag.
     *
     * @throws NullPointerException if a component, a name or a number is null
     * @throws IllegalArgumentException if the reason or the assumption is blank
     */
    public PlausibilityFlag {
        Objects.requireNonNull(check, "check");
        reason = Checks.requireNonBlank(reason, "reason");
        Objects.requireNonNull(numbers, "numbers");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        numbers.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "number name"),
                Objects.requireNonNull(value, "number")));
        numbers = Collections.unmodifiableMap(copy);
        assumption = Checks.requireNonBlank(assumption, "assumption");
    }

    /** The flag in one line: {@code "sd-looks-like-se: <reason> (assumes <assumption>)"}. */
    public String describe() {
        return check.code() + ": " + reason + " (assumes " + assumption + ")";
    }
}
