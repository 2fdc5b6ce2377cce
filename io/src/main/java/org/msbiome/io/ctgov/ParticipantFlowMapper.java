package org.msbiome.io.ctgov;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.msbiome.core.safety.Withdrawals;
import tools.jackson.databind.JsonNode;

/**
 * Reads from the {@code participantFlowModule} what the vocabulary holds: per flow group, the participants
 * who started and those who withdrew because of an adverse event ({@code dropWithdraws} of type
 * "Adverse Event"), when the flow has exactly one period. Flow groups are matched to event groups by title;
 * everything else of the flow is listed as unmapped with the reason.
 */
final class ParticipantFlowMapper {
    static final String ADVERSE_EVENT = "Adverse Event";

    private ParticipantFlowMapper() {}

    /** Withdrawals due to adverse events by flow-group title (lower case), with the pointers that gave them. */
    record Flow(Map<String, Count> byTitle, AccountingReader reader) {
        /** The withdrawals of the flow group titled like an event group; marks their source values. */
        Optional<Withdrawals> withdrawalsOf(String eventGroup, String title) {
            Count count = byTitle.get(ArmMatcher.key(title));
            if (count == null || count.withdrawn == null) {
                return Optional.empty();
            }
            if (count.started != null && count.withdrawn > count.started) {
                reader.reject(count.pointers.get(0), null, "more participants withdrew because of adverse events ("
                        + count.withdrawn + ") than started (" + count.started + "); not imported");
                return Optional.empty();
            }
            count.pointers.forEach(reader::mark);
            return Optional.of(new Withdrawals(eventGroup, count.withdrawn, Optional.ofNullable(count.started)));
        }
    }

    /** The numbers of one flow group, and the pointers of the values they come from. */
    static final class Count {
        Integer withdrawn;
        Integer started;
        final List<String> pointers = new java.util.ArrayList<>();
    }

    static Flow map(AccountingReader reader, JsonNode module, String p) {
        String other = "participant flow other than withdrawals due to adverse events is not imported";
        reader.because(p, other);
        List<JsonNode> periods = reader.array(module, p, "periods");
        List<JsonNode> groups = reader.array(module, p, "groups");
        if (periods.size() != 1) {
            reader.because(p + "/periods", "withdrawals are imported only from a flow with one period; this one has "
                    + periods.size());
            return new Flow(Map.of(), reader);
        }
        Map<String, String> titleById = new LinkedHashMap<>();
        Map<String, String> titlePointer = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            if (g.isObject() && g.path("id").isString() && g.path("title").isString()) {
                titleById.put(g.get("id").stringValue(), g.get("title").stringValue().strip().toLowerCase(Locale.ROOT));
                titlePointer.put(g.get("id").stringValue(), p + "/groups/" + i);
            }
        }
        Map<String, Count> byTitle = new LinkedHashMap<>();
        String pp = p + "/periods/0";
        JsonNode period = periods.get(0);
        List<JsonNode> milestones = reader.array(period, pp, "milestones");
        for (int m = 0; m < milestones.size(); m++) {
            JsonNode milestone = milestones.get(m);
            if ("STARTED".equals(milestone.path("type").stringValue(""))) {
                read(milestone, pp + "/milestones/" + m, "achievements", titleById, titlePointer, byTitle, false);
            }
        }
        List<JsonNode> drops = reader.array(period, pp, "dropWithdraws");
        for (int d = 0; d < drops.size(); d++) {
            JsonNode drop = drops.get(d);
            if (ADVERSE_EVENT.equalsIgnoreCase(drop.path("type").stringValue("").strip())) {
                read(drop, pp + "/dropWithdraws/" + d, "reasons", titleById, titlePointer, byTitle, true);
            }
        }
        return new Flow(byTitle, reader);
    }

    private static void read(JsonNode parent, String p, String name, Map<String, String> titleById,
            Map<String, String> titlePointer, Map<String, Count> byTitle, boolean withdrawn) {
        JsonNode list = parent.get(name);
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String group = n.path("groupId").stringValue("");
            String title = titleById.get(group);
            String value = n.path("numSubjects").stringValue("");
            if (title == null || !value.matches("[0-9]{1,9}")) {
                continue;
            }
            Count count = byTitle.computeIfAbsent(title, t -> new Count());
            if (withdrawn) {
                count.withdrawn = Integer.valueOf(value);
            } else {
                count.started = Integer.valueOf(value);
            }
            String ip = p + "/" + name + "/" + i;
            count.pointers.addAll(List.of(p + "/type", ip + "/groupId", ip + "/numSubjects",
                    titlePointer.get(group) + "/id", titlePointer.get(group) + "/title"));
        }
    }
}
