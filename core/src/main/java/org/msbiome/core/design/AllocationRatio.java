package org.msbiome.core.design;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msbiome.core.internal.Checks;

/**
 * The ratio in which participants are allocated to the arms, in the order of the arms, like {@code 1:1}
 * or {@code 2:1}: CONSORT 2010 item 3a and SPIRIT 2013 item 8 ("including allocation ratio").
 *
 * @param parts the parts of the ratio, one per arm, each at least 1
 * @since 0.1.0
 */
public record AllocationRatio(List<Integer> parts) {

    /**
     * Copies the parts.
     *
     * @throws NullPointerException if the list or a part is null
     * @throws IllegalArgumentException if there are fewer than two parts or a part is less than 1
     */
    public AllocationRatio {
        parts = Checks.copyOf(parts, "parts");
        if (parts.size() < 2) {
            throw new IllegalArgumentException("allocation ratio " + Checks.quote(parts)
                    + " has fewer than two parts; expected one part per arm, like '1:1'");
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) < 1) {
                throw new IllegalArgumentException("allocation ratio part parts[" + i + "] "
                        + Checks.quote(parts.get(i)) + " is less than 1; expected whole numbers like '2:1'");
            }
        }
    }

    /**
     * A ratio from its parts.
     *
     * @throws IllegalArgumentException if there are fewer than two parts or a part is less than 1
     */
    public static AllocationRatio of(int... parts) {
        return new AllocationRatio(java.util.Arrays.stream(parts).boxed().toList());
    }

    /**
     * Parses a ratio written with colons, like {@code "1:1"} or {@code "2 : 1"}.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not whole numbers separated by colons, or a part is
     *     less than 1
     */
    public static AllocationRatio parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.strip().matches("\\d{1,6}(\\s*:\\s*\\d{1,6})+")) {
            throw new IllegalArgumentException("allocation ratio " + Checks.quote(text)
                    + " is not whole numbers separated by colons; expected like '1:1' or '2:1'");
        }
        return new AllocationRatio(java.util.Arrays.stream(text.strip().split("\\s*:\\s*"))
                .map(Integer::valueOf)
                .toList());
    }

    /** The ratio written with colons, like {@code 2:1}. */
    @Override
    public String toString() {
        return parts.stream().map(String::valueOf).collect(Collectors.joining(":"));
    }
}
