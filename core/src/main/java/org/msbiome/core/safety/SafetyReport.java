package org.msbiome.core.safety;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.registry.RegistryId;

/**
 * The harms a trial reports: the groups in which they were counted, the totals per group, the tables of
 * serious and other adverse events, the withdrawals due to adverse events, and how harms were collected.
 *
 * <p>A table the source did not report is an empty {@code Optional}; a table reported with no events is an
 * empty {@link EventTable}. A total the source did not report is empty in {@link GroupTotals}.
 *
 * @param trial the registry identifier of the trial, when known
 * @param reporting how harms were collected (CONSORT Harms 2022 items)
 * @param groups the groups, each identifier once
 * @param totals the totals per group, at most one per group
 * @param seriousEvents the serious adverse events; empty when not reported
 * @param otherEvents the other (non-serious) adverse events; empty when not reported
 * @param withdrawals withdrawals due to adverse events per group, at most one per group; empty when not
 *     reported
 * @since 0.1.0
 */
public record SafetyReport(
        Optional<@Valid RegistryId> trial,
        @Valid HarmsReporting reporting,
        List<@Valid EventGroup> groups,
        List<@Valid GroupTotals> totals,
        Optional<@Valid EventTable> seriousEvents,
        Optional<@Valid EventTable> otherEvents,
        List<@Valid Withdrawals> withdrawals) {
    /**
     * Creates a report.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a group identifier is listed twice, a table has the wrong
     *     seriousness, or totals, counts or withdrawals name a group that is not listed or name one twice
     */
    public SafetyReport {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(reporting, "reporting");
        groups = Checks.copyOf(groups, "groups");
        totals = Checks.copyOf(totals, "totals");
        Objects.requireNonNull(seriousEvents, "seriousEvents");
        Objects.requireNonNull(otherEvents, "otherEvents");
        withdrawals = Checks.copyOf(withdrawals, "withdrawals");
        Set<String> ids = new HashSet<>();
        for (EventGroup group : groups) {
            if (!ids.add(group.id())) {
                throw new IllegalArgumentException("group " + Checks.quote(group.id()) + " is listed twice");
            }
        }
        requireOnce(totals.stream().map(GroupTotals::group), ids, "totals");
        requireOnce(withdrawals.stream().map(Withdrawals::group), ids, "withdrawals");
        seriousEvents.ifPresent(t -> requireTable(t, Seriousness.SERIOUS, ids, "seriousEvents"));
        otherEvents.ifPresent(t -> requireTable(t, Seriousness.NON_SERIOUS, ids, "otherEvents"));
    }

    private static void requireTable(EventTable table, Seriousness seriousness, Set<String> ids, String field) {
        if (table.seriousness() != seriousness) {
            throw new IllegalArgumentException(field + " is a table of " + table.seriousness().code()
                    + " events; expected " + seriousness.code());
        }
        for (AdverseEvent event : table.events()) {
            requireOnce(event.counts().stream().map(GroupCounts::group), ids,
                    field + " " + Checks.quote(event.term()));
        }
    }

    private static void requireOnce(Stream<String> groups, Set<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        groups.forEach(g -> {
            if (!ids.contains(g)) {
                throw new IllegalArgumentException(field + " name group " + Checks.quote(g)
                        + ", which is not listed in groups; expected one of " + ids.stream().sorted().toList());
            }
            if (!seen.add(g)) {
                throw new IllegalArgumentException(field + " name group " + Checks.quote(g) + " twice");
            }
        });
    }

    /** The group with an identifier. */
    public Optional<EventGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The totals of a group, when reported. */
    public Optional<GroupTotals> totalsOf(String group) {
        return totals.stream().filter(t -> t.group().equals(group)).findFirst();
    }

    /** The withdrawals due to adverse events of a group, when reported. */
    public Optional<Withdrawals> withdrawalsOf(String group) {
        return withdrawals.stream().filter(w -> w.group().equals(group)).findFirst();
    }

    /** Every reported adverse event, serious first. */
    public List<AdverseEvent> events() {
        return Stream.concat(seriousEvents.stream(), otherEvents.stream())
                .flatMap(t -> t.events().stream()).toList();
    }
}
