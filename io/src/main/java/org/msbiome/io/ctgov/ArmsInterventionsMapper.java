package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.DesignPart;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.reporting.Absence;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code armsInterventionsModule}: interventions (kind inferred from text by {@link TextInference}),
 * arms, and the links between them, stated on either side. Remembers where each arm and intervention of the
 * design came from, for {@link DesignViolations}.
 */
final class ArmsInterventionsMapper {
    private final AccountingReader reader;
    private final Map<String, InterventionType> interventionTypes = new LinkedHashMap<>();
    private final List<String> armPointers = new ArrayList<>();
    private final List<String> interventionPointers = new ArrayList<>();

    ArmsInterventionsMapper(AccountingReader reader) {
        this.reader = reader;
    }

    /** The ClinicalTrials.gov type of each imported intervention, by name. */
    Map<String, InterventionType> interventionTypes() {
        return interventionTypes;
    }

    /** The source pointer of each arm of the design, by its index in the design. */
    List<String> armPointers() {
        return armPointers;
    }

    /** The source pointer of each intervention of the design, by its index in the design. */
    List<String> interventionPointers() {
        return interventionPointers;
    }

    void map(TrialDesign.Builder builder, JsonNode module, String p) {
        // A list the module does not hold is not reported, which is not the same as an empty list.
        for (Map.Entry<String, DesignPart> part : List.of(Map.entry("armGroups", DesignPart.ARMS),
                Map.entry("interventions", DesignPart.INTERVENTIONS))) {
            if (module.get(part.getKey()) == null) {
                reader.missing(p, part.getKey(), "the module states no " + part.getValue().code()
                        + "; the design marks them not reported");
                builder.absent(part.getValue(), Absence.NOT_REPORTED);
            }
        }
        // Interventions first: arms refer to them.
        List<JsonNode> interventionNodes = reader.array(module, p, "interventions");
        Map<String, Intervention> byName = new LinkedHashMap<>();
        Map<String, List<String>> armLabelsOf = new LinkedHashMap<>();
        Map<String, String> pointerOf = new HashMap<>();
        for (int i = 0; i < interventionNodes.size(); i++) {
            String ip = p + "/interventions/" + i;
            JsonNode node = interventionNodes.get(i);
            if (!node.isObject()) {
                reader.reject(ip, node, "expected an intervention object");
                continue;
            }
            AccountingReader part = reader.tentative();
            Optional<String> name = part.text(node, ip, "name");
            Optional<InterventionType> type = part.code(node, ip, "type", InterventionType::fromCode);
            if (name.isEmpty() || byName.containsKey(name.get())) {
                if (name.isEmpty() && node.get("name") == null) {
                    part.reject(ip + "/name", null, "missing: an intervention needs a name; not imported");
                } else if (name.isPresent()) {
                    part.reject(ip + "/name", node.get("name"), "repeats the name of " + pointerOf.get(name.get())
                            + "; the second intervention is not imported");
                }
                part.because(ip, "the intervention was not imported: see the rejected values");
                continue;
            }
            Intervention intervention = TextInference.intervention(part, node, ip, name.get());
            byName.put(name.get(), intervention);
            pointerOf.put(name.get(), ip);
            type.ifPresent(t -> interventionTypes.put(name.get(), t));
            List<String> labels = new ArrayList<>();
            List<JsonNode> labelNodes = part.array(node, ip, "armGroupLabels");
            for (int k = 0; k < labelNodes.size(); k++) {
                part.stringOf(labelNodes.get(k), ip + "/armGroupLabels/" + k).ifPresent(labels::add);
            }
            armLabelsOf.put(name.get(), labels);
            part.commit();
        }
        List<JsonNode> armNodes = reader.array(module, p, "armGroups");
        Map<String, List<PendingArm>> armsByLabel = new HashMap<>();
        List<PendingArm> arms = new ArrayList<>();
        for (int i = 0; i < armNodes.size(); i++) {
            String ap = p + "/armGroups/" + i;
            PendingArm arm = arm(armNodes.get(i), ap, byName);
            if (arm != null) {
                // A repeated label is kept: the design's rule (unique arm labels) reports it.
                armsByLabel.computeIfAbsent(arm.label, l -> new ArrayList<>()).add(arm);
                arms.add(arm);
                armPointers.add(ap);
            }
        }
        linkFromInterventionSide(armsByLabel, armLabelsOf, pointerOf, interventionNodes);
        arms.forEach(arm -> builder.arm(arm.build()));
        for (Map.Entry<String, Intervention> e : byName.entrySet()) {
            builder.intervention(e.getValue());
            interventionPointers.add(pointerOf.get(e.getKey()));
        }
    }

    /** Adds the links stated only on the intervention side ({@code interventions[].armGroupLabels}). */
    private void linkFromInterventionSide(Map<String, List<PendingArm>> armsByLabel,
            Map<String, List<String>> armLabelsOf, Map<String, String> pointerOf, List<JsonNode> interventionNodes) {
        for (Map.Entry<String, List<String>> e : armLabelsOf.entrySet()) {
            String ip = pointerOf.get(e.getKey());
            for (int k = 0; k < e.getValue().size(); k++) {
                String label = e.getValue().get(k);
                List<PendingArm> labelled = armsByLabel.get(label);
                if (labelled == null) {
                    reader.unmark(ip + "/armGroupLabels/" + k);
                    reader.reject(ip + "/armGroupLabels/" + k,
                            interventionNodes.get(index(ip)).get("armGroupLabels").get(k),
                            "names no arm of the record (armGroups[].label)");
                    continue;
                }
                for (PendingArm arm : labelled) {
                    arm.names.add(e.getKey());
                }
            }
        }
    }

    /** An arm read from the record, to which the intervention side may still add links. */
    private static final class PendingArm {
        final String label;
        final ArmType type;
        final Optional<String> description;
        final Set<String> names = new LinkedHashSet<>();

        PendingArm(String label, ArmType type, Optional<String> description) {
            this.label = label;
            this.type = type;
            this.description = description;
        }

        Arm build() {
            return new Arm(label, type, description, List.copyOf(names), Optional.empty());
        }
    }

    private static int index(String pointer) {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private @Nullable PendingArm arm(JsonNode node, String p, Map<String, Intervention> interventions) {
        if (!node.isObject()) {
            reader.reject(p, node, "expected an arm object");
            return null;
        }
        AccountingReader part = reader.tentative();
        Optional<String> label = part.text(node, p, "label");
        Optional<ArmType> type = part.code(node, p, "type", ArmType::fromCode);
        Optional<String> description = part.text(node, p, "description");
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> nameNodes = part.array(node, p, "interventionNames");
        for (int k = 0; k < nameNodes.size(); k++) {
            String np = p + "/interventionNames/" + k;
            Optional<String> written = part.stringOf(nameNodes.get(k), np);
            if (written.isEmpty()) {
                continue;
            }
            Optional<String> name = resolveInterventionName(written.get(), interventions);
            if (name.isPresent()) {
                names.add(name.get());
            } else {
                part.unmark(np);
                part.reject(np, nameNodes.get(k), "names no intervention of the record; expected an intervention's"
                        + " name, optionally after its type, like 'Drug: Palbociclib'");
            }
        }
        if (label.isEmpty() || type.isEmpty()) {
            if (label.isEmpty() && node.get("label") == null) {
                part.reject(p + "/label", null, "missing: an arm needs a label; the arm is not imported");
            }
            if (type.isEmpty() && node.get("type") == null) {
                part.reject(p + "/type", null, "missing: an arm needs a type; the arm is not imported");
            }
            part.because(p, "the arm was not imported: see the rejected values");
            return null;
        }
        part.commit();
        PendingArm arm = new PendingArm(label.get(), type.get(), description);
        arm.names.addAll(names);
        return arm;
    }

    /**
     * The intervention an arm's {@code interventionNames} entry names: the name itself, or the name after a
     * type prefix such as {@code "Drug: "} or {@code "Dietary Supplement: "} (the form seen in real records,
     * like {@code "Drug: Palbociclib"} in NCT02513394) when the prefix is the intervention's type.
     */
    private Optional<String> resolveInterventionName(String written, Map<String, Intervention> interventions) {
        if (interventions.containsKey(written)) {
            return Optional.of(written);
        }
        int colon = written.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = written.substring(0, colon).strip();
        String name = written.substring(colon + 1).strip();
        if (!interventions.containsKey(name)) {
            return Optional.empty();
        }
        // When the intervention's type is unknown (absent, or a value the vocabulary does not know), any prefix
        // is taken as its type: the name after it is the intervention's name.
        InterventionType type = interventionTypes.get(name);
        boolean prefixIsType = type == null ? !prefix.isEmpty() : display(type).equalsIgnoreCase(prefix);
        return prefixIsType ? Optional.of(name) : Optional.empty();
    }

    private static String display(InterventionType type) {
        return type.code().replace('_', ' ');
    }
}
