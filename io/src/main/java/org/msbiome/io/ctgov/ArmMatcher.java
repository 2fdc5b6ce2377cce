package org.msbiome.io.ctgov;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.Placebo;

/**
 * Matches results groups to the design's arms: a group whose title equals an arm's label, ignoring case and
 * surrounding space, is that arm. Nothing else is matched (no similarity, no position), so an unmatched group
 * stays unmatched and is reported as such.
 */
final class ArmMatcher {
    private final Map<String, Arm> byKey = new LinkedHashMap<>();
    private final Map<String, Intervention> interventions = new LinkedHashMap<>();

    ArmMatcher(List<Arm> arms, List<Intervention> interventions) {
        for (Arm arm : arms) {
            byKey.putIfAbsent(key(arm.label()), arm);
        }
        for (Intervention intervention : interventions) {
            this.interventions.putIfAbsent(intervention.name(), intervention);
        }
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** The label of the arm with this title, recording the match (or its absence) in {@code matches}. */
    Optional<String> match(String pointer, String id, String title, List<GroupMatch> matches) {
        Optional<String> arm = Optional.ofNullable(byKey.get(key(title))).map(Arm::label);
        matches.add(new GroupMatch(pointer, id, title, arm));
        return arm;
    }

    /**
     * Why the arm with this label is a comparator without active treatment: its type is placebo or sham
     * comparator, or every intervention it gives is a placebo; empty when it is not.
     */
    Optional<String> comparatorReason(String label) {
        Arm arm = byKey.get(key(label));
        if (arm == null) {
            return Optional.empty();
        }
        if (arm.type() == ArmType.PLACEBO_COMPARATOR || arm.type() == ArmType.SHAM_COMPARATOR) {
            return Optional.of("arm type " + arm.type().code());
        }
        boolean allPlacebo = !arm.interventionNames().isEmpty() && arm.interventionNames().stream()
                .allMatch(n -> interventions.get(n) instanceof Placebo);
        return allPlacebo ? Optional.of("every intervention of the arm is a placebo") : Optional.empty();
    }
}
