package org.msbiome.core.safety;

import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * The totals of one group: participants who died, who had a serious adverse event, and who had another
 * (non-serious) adverse event, each out of the participants at risk. A number the source did not report
 * is empty, never 0.
 *
 * @param group the group's identifier, as in {@link EventGroup#id()}
 * @param deathsAffected participants who died (all causes)
 * @param deathsAtRisk participants at risk for deaths
 * @param seriousAffected participants with at least one serious adverse event
 * @param seriousAtRisk participants at risk for serious adverse events
 * @param otherAffected participants with at least one other adverse event
 * @param otherAtRisk participants at risk for other adverse events
 * @since 0.1.0
 */
public record GroupTotals(
        String group,
        Optional<Integer> deathsAffected,
        Optional<Integer> deathsAtRisk,
        Optional<Integer> seriousAffected,
        Optional<Integer> seriousAtRisk,
        Optional<Integer> otherAffected,
        Optional<Integer> otherAtRisk) {
    /**
     * Creates totals.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the group is blank, a count is negative or more participants are
     *     affected than at risk
     */
    public GroupTotals {
        group = Checks.requireNonBlank(group, "group");
        pair(deathsAffected, deathsAtRisk, "deaths", group);
        pair(seriousAffected, seriousAtRisk, "serious", group);
        pair(otherAffected, otherAtRisk, "other", group);
    }

    /** The deaths as counts (no event number). */
    public GroupCounts deaths() {
        return new GroupCounts(group, Optional.empty(), deathsAffected, deathsAtRisk);
    }

    /** The participants with serious adverse events as counts (no event number). */
    public GroupCounts serious() {
        return new GroupCounts(group, Optional.empty(), seriousAffected, seriousAtRisk);
    }

    /** The participants with other adverse events as counts (no event number). */
    public GroupCounts other() {
        return new GroupCounts(group, Optional.empty(), otherAffected, otherAtRisk);
    }

    private static void pair(Optional<Integer> affected, Optional<Integer> atRisk, String what, String group) {
        GroupCounts.requireCount(affected, what + "Affected");
        GroupCounts.requireCount(atRisk, what + "AtRisk");
        if (affected.isPresent() && atRisk.isPresent() && affected.get() > atRisk.get()) {
            throw new IllegalArgumentException(what + "Affected " + Checks.quote(affected.get()) + " exceeds "
                    + what + "AtRisk " + Checks.quote(atRisk.get()) + " in group " + Checks.quote(group)
                    + "; expected affected <= at risk");
        }
    }
}
