package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.safety.AdverseEvent;
import org.msbiome.core.safety.Assessment;
import org.msbiome.core.safety.EventGroup;
import org.msbiome.core.safety.EventTable;
import org.msbiome.core.safety.FrequencyThreshold;
import org.msbiome.core.safety.GroupCounts;
import org.msbiome.core.safety.GroupTotals;
import org.msbiome.core.safety.HarmsReporting;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.safety.Seriousness;
import org.msbiome.core.safety.Vocabulary;
import org.msbiome.core.safety.Withdrawals;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code adverseEventsModule} of the results: event groups (matched to arms by title), totals per
 * group, serious and other events with their counts, and the CONSORT Harms items the module holds.
 */
final class AdverseEventsMapper {
    private AdverseEventsMapper() {}

    static SafetyReport map(AccountingReader reader, JsonNode module, String p, ArmMatcher arms,
            Optional<RegistryId> trial, ParticipantFlowMapper.Flow flow, List<GroupMatch> matches) {
        Optional<FrequencyThreshold> threshold = reader.rawString(module, p, "frequencyThreshold").flatMap(text -> {
            try {
                FrequencyThreshold t = FrequencyThreshold.parse(text);
                reader.mark(p + "/frequencyThreshold");
                return Optional.of(t);
            } catch (IllegalArgumentException e) {
                reader.reject(p + "/frequencyThreshold", module.get("frequencyThreshold"), e.getMessage());
                return Optional.empty();
            }
        });
        HarmsReporting reporting = new HarmsReporting(reader.text(module, p, "description"),
                reader.text(module, p, "timeFrame"), threshold, reader.text(module, p, "allCauseMortalityComment"));
        List<EventGroup> groups = new ArrayList<>();
        List<GroupTotals> totals = new ArrayList<>();
        List<Withdrawals> withdrawals = new ArrayList<>();
        List<JsonNode> nodes = reader.array(module, p, "eventGroups");
        for (int i = 0; i < nodes.size(); i++) {
            String gp = p + "/eventGroups/" + i;
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                reader.reject(gp, node, "expected an event group object");
                continue;
            }
            AccountingReader part = reader.tentative();
            Optional<String> id = part.text(node, gp, "id");
            Optional<String> title = part.text(node, gp, "title");
            if (id.isEmpty() || title.isEmpty() || groups.stream().anyMatch(g -> g.id().equals(id.get()))) {
                part.reject(gp, null, "an event group needs a unique id and a title; the group was not imported");
                continue;
            }
            Optional<String> arm = arms.match(gp, id.get(), title.get(), matches);
            groups.add(new EventGroup(id.get(), title.get(), part.text(node, gp, "description"), arm));
            part.commit();
            AccountingReader counts = reader.tentative();
            try {
                totals.add(new GroupTotals(id.get(), counts.integer(node, gp, "deathsNumAffected"),
                        counts.integer(node, gp, "deathsNumAtRisk"), counts.integer(node, gp, "seriousNumAffected"),
                        counts.integer(node, gp, "seriousNumAtRisk"), counts.integer(node, gp, "otherNumAffected"),
                        counts.integer(node, gp, "otherNumAtRisk")));
                counts.commit();
            } catch (IllegalArgumentException e) {
                reader.reject(gp, null, e.getMessage() + "; the group's totals were not imported");
            }
            flow.withdrawalsOf(id.get(), title.get()).ifPresent(withdrawals::add);
        }
        Set<String> ids = new HashSet<>();
        groups.forEach(g -> ids.add(g.id()));
        Optional<EventTable> serious = table(reader, module, p, "seriousEvents", Seriousness.SERIOUS, ids);
        Optional<EventTable> other = table(reader, module, p, "otherEvents", Seriousness.NON_SERIOUS, ids);
        return new SafetyReport(trial, reporting, groups, totals, serious, other, withdrawals);
    }

    private static Optional<EventTable> table(AccountingReader reader, JsonNode module, String p, String name,
            Seriousness seriousness, Set<String> groups) {
        if (module.get(name) == null) {
            return Optional.empty();
        }
        List<AdverseEvent> events = new ArrayList<>();
        List<JsonNode> nodes = reader.array(module, p, name);
        for (int i = 0; i < nodes.size(); i++) {
            String ep = p + "/" + name + "/" + i;
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                reader.reject(ep, node, "expected an adverse event object");
                continue;
            }
            AccountingReader part = reader.tentative();
            Optional<String> term = part.text(node, ep, "term");
            if (term.isEmpty()) {
                part.reject(ep + "/term", node.get("term"), "an adverse event needs its term; not imported");
                continue;
            }
            Optional<Vocabulary> vocabulary = part.text(node, ep, "sourceVocabulary").map(Vocabulary::parse);
            Optional<Assessment> assessment = part.code(node, ep, "assessmentType", Assessment::fromCode);
            Map<String, GroupCounts> counts = new LinkedHashMap<>();
            List<JsonNode> stats = part.array(node, ep, "stats");
            for (int j = 0; j < stats.size(); j++) {
                counts(part, stats.get(j), ep + "/stats/" + j, groups, counts);
            }
            events.add(new AdverseEvent(term.get(), part.text(node, ep, "organSystem"), vocabulary, seriousness,
                    assessment, Optional.empty(), Optional.empty(), part.text(node, ep, "notes"),
                    List.copyOf(counts.values())));
            part.commit();
        }
        return Optional.of(new EventTable(seriousness, events));
    }

    private static void counts(AccountingReader reader, JsonNode node, String sp, Set<String> groups,
            Map<String, GroupCounts> out) {
        if (!node.isObject()) {
            reader.reject(sp, node, "expected an object of counts");
            return;
        }
        AccountingReader part = reader.tentative();
        Optional<String> group = part.text(node, sp, "groupId");
        if (group.isEmpty() || !groups.contains(group.get()) || out.containsKey(group.get())) {
            reader.reject(sp + "/groupId", node.get("groupId"), "the counts name no event group of the record, "
                    + "or one already counted; expected one of " + groups.stream().sorted().toList());
            return;
        }
        try {
            out.put(group.get(), new GroupCounts(group.get(), part.integer(node, sp, "numEvents"),
                    part.integer(node, sp, "numAffected"), part.integer(node, sp, "numAtRisk")));
            part.commit();
        } catch (IllegalArgumentException e) {
            reader.reject(sp, null, e.getMessage() + "; these counts were not imported");
        }
    }
}
