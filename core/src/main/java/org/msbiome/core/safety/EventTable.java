package org.msbiome.core.safety;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.msbiome.core.internal.Checks;

/**
 * A reported list of adverse events of one seriousness. An empty table (the source reported the list and
 * it has no events), a table whose counts are all 0, and no table at all (the source did not report the
 * list; an empty {@code Optional} in {@link SafetyReport}) are three different facts.
 *
 * @param seriousness the seriousness of every event in the table
 * @param events the events
 * @since 0.1.0
 */
public record EventTable(Seriousness seriousness, List<@Valid AdverseEvent> events) {
    /**
     * Creates a table.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an event has another seriousness
     */
    public EventTable {
        Objects.requireNonNull(seriousness, "seriousness");
        events = Checks.copyOf(events, "events");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).seriousness() != seriousness) {
                throw new IllegalArgumentException("events[" + i + "] " + Checks.quote(events.get(i).term()) + " is "
                        + events.get(i).seriousness().code() + " in a table of " + seriousness.code() + " events");
            }
        }
    }

    /** Whether every reported count of every event is 0 (true for a table with no events). */
    public boolean isAllZero() {
        return events.stream().flatMap(e -> e.counts().stream())
                .allMatch(c -> c.events().orElse(0) == 0 && c.participantsAffected().orElse(0) == 0);
    }
}
