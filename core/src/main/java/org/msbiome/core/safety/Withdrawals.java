package org.msbiome.core.safety;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * Tolerability in one group: the participants who withdrew (or were withdrawn) because of adverse events,
 * out of those who started. A number the source did not report is empty, never 0.
 *
 * @param group the group's identifier, as in {@link EventGroup#id()}
 * @param withdrawn participants who withdrew because of adverse events
 * @param started participants who started in the group; empty when not reported
 * @since 0.1.0
 */
public record Withdrawals(String group, int withdrawn, Optional<Integer> started) {
    /**
     * Creates a count of withdrawals.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the group is blank, a count is negative, or more withdrew than started
     */
    public Withdrawals {
        group = Checks.requireNonBlank(group, "group");
        if (withdrawn < 0) {
            throw new IllegalArgumentException("withdrawn " + Checks.quote(withdrawn) + " is negative; expected a count");
        }
        GroupCounts.requireCount(Objects.requireNonNull(started, "started"), "started");
        if (started.isPresent() && withdrawn > started.get()) {
            throw new IllegalArgumentException("withdrawn " + Checks.quote(withdrawn) + " exceeds started "
                    + Checks.quote(started.get()) + " in group " + Checks.quote(group));
        }
    }

    /**
     * Withdrawals out of a known number of starters.
     *
     * @param group the group's identifier
     * @param withdrawn participants who withdrew because of adverse events
     * @param started participants who started
     * @return the count
     * @throws IllegalArgumentException if a count is negative or {@code withdrawn > started}
     */
    public static Withdrawals of(String group, int withdrawn, int started) {
        return new Withdrawals(group, withdrawn, Optional.of(started));
    }

    /** The withdrawals as counts: participants affected out of participants at risk (those who started). */
    public GroupCounts asCounts() {
        return new GroupCounts(group, Optional.empty(), Optional.of(withdrawn), started);
    }
}
