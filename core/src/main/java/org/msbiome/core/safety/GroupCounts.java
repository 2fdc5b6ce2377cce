package org.msbiome.core.safety;

import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;

/**
 * The counts of one adverse event in one group, as reported: the number of events, the number of
 * participants affected and the number at risk. A count the source did not report is empty, never 0;
 * 0 of 0 is kept as reported.
 *
 * @param group the group's identifier, as in {@link EventGroup#id()}
 * @param events the number of events (a participant can have several); empty when not reported
 * @param participantsAffected the number of participants with the event; empty when not reported
 * @param participantsAtRisk the number of participants at risk; empty when not reported
 * @since 0.1.0
 */
public record GroupCounts(
        String group, Optional<Integer> events, Optional<Integer> participantsAffected,
        Optional<Integer> participantsAtRisk) {
    /**
     * Creates counts.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the group is blank, a count is negative, or more participants are
     *     affected than at risk
     */
    public GroupCounts {
        group = Checks.requireNonBlank(group, "group");
        requireCount(events, "events");
        requireCount(participantsAffected, "participantsAffected");
        requireCount(participantsAtRisk, "participantsAtRisk");
        if (participantsAffected.isPresent() && participantsAtRisk.isPresent()
                && participantsAffected.get() > participantsAtRisk.get()) {
            throw new IllegalArgumentException("participantsAffected " + Checks.quote(participantsAffected.get())
                    + " exceeds participantsAtRisk " + Checks.quote(participantsAtRisk.get()) + " in group "
                    + Checks.quote(group) + "; expected affected <= at risk");
        }
    }

    /**
     * Counts of participants affected out of participants at risk, with no event count.
     *
     * @param group the group's identifier
     * @param affected participants affected
     * @param atRisk participants at risk
     * @return the counts
     * @throws IllegalArgumentException if a count is negative or {@code affected > atRisk}
     */
    public static GroupCounts of(String group, int affected, int atRisk) {
        return new GroupCounts(group, Optional.empty(), Optional.of(affected), Optional.of(atRisk));
    }

    static void requireCount(Optional<Integer> count, String field) {
        Objects.requireNonNull(count, field);
        if (count.isPresent() && count.get() < 0) {
            throw new IllegalArgumentException(field + " " + Checks.quote(count.get())
                    + " is negative; expected a count");
        }
    }
}
